/**
 * Response shapes of the booking half of the contract (queue, seats,
 * reservations, payments) as the browser reads them. Catalogue, accounts and
 * wallet shapes come from lib/validations.
 */
import { z } from "zod";

export const queueStatusSchema = z.enum(["WAITING", "ACTIVE", "EXPIRED"]);

export const queueTokenSchema = z.object({
  token: z.string(),
  concertId: z.string(),
  status: queueStatusSchema,
  position: z.number().int(),
  estimatedWaitSeconds: z.number(),
  pollAfterSeconds: z.number(),
  expiresAt: z.string().nullable(),
});
export type QueueTokenView = z.infer<typeof queueTokenSchema>;

export const seatRefSchema = z.object({ id: z.string(), number: z.number().int(), label: z.string() });

export const reservationStatusSchema = z.enum(["HELD", "CONFIRMED", "EXPIRED", "CANCELLED"]);
export type ReservationStatus = z.infer<typeof reservationStatusSchema>;

export const reservationSchema = z.object({
  id: z.string(),
  status: reservationStatusSchema,
  scheduleId: z.string(),
  concertId: z.string(),
  concertTitle: z.string(),
  startsAt: z.string(),
  seat: seatRefSchema,
  price: z.number().int(),
  heldUntil: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export type ReservationView = z.infer<typeof reservationSchema>;

export const heldReservationSchema = z.object({
  id: z.string(),
  status: z.literal("HELD"),
  scheduleId: z.string(),
  seat: seatRefSchema,
  price: z.number().int(),
  heldUntil: z.string(),
});
export type HeldReservation = z.infer<typeof heldReservationSchema>;

export const paymentResultSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.string(),
  balance: z.number().int(),
});
export type PaymentResult = z.infer<typeof paymentResultSchema>;

export const receiptSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.string(),
  concertTitle: z.string(),
  startsAt: z.string(),
  seat: seatRefSchema,
});
export type Receipt = z.infer<typeof receiptSchema>;
