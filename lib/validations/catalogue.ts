import { z } from "zod";

export const concertSchema = z.object({
  id: z.string(),
  title: z.string(),
  artist: z.string(),
  venue: z.string(),
  posterUrl: z.string().nullable(),
  nextScheduleAt: z.iso.datetime().nullable(),
});
export type ConcertSummary = z.infer<typeof concertSchema>;

export const scheduleSchema = z.object({
  id: z.string(),
  concertId: z.string(),
  startsAt: z.iso.datetime(),
  totalSeats: z.number().int(),
  availableSeats: z.number().int(),
  minPrice: z.number().int(),
  maxPrice: z.number().int(),
  soldOut: z.boolean(),
});
export type ScheduleSummary = z.infer<typeof scheduleSchema>;

export const concertDetailSchema = concertSchema.extend({
  description: z.string(),
  schedules: z.array(scheduleSchema),
});
export type ConcertDetail = z.infer<typeof concertDetailSchema>;

export const seatStatusSchema = z.enum(["AVAILABLE", "HELD", "SOLD"]);

export const seatSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  label: z.string(),
  tier: z.string(),
  price: z.number().int(),
  status: seatStatusSchema,
  heldByMe: z.boolean(),
});
export type SeatView = z.infer<typeof seatSchema>;

export const seatMapSchema = z.object({
  scheduleId: z.string(),
  concertId: z.string(),
  startsAt: z.iso.datetime(),
  holdSeconds: z.number().int(),
  seats: z.array(seatSchema),
});
export type SeatMap = z.infer<typeof seatMapSchema>;
