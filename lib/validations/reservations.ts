import { z } from "zod";
import { idSchema } from "./common";

export const holdSeatSchema = z.object({ seatId: idSchema });

export const reservationStatusSchema = z.enum(["HELD", "CONFIRMED", "EXPIRED", "CANCELLED"]);

export const seatRefSchema = z.object({ id: z.string(), number: z.number().int(), label: z.string() });

export const heldReservationSchema = z.object({
  id: z.string(),
  status: z.literal("HELD"),
  scheduleId: z.string(),
  seat: seatRefSchema,
  price: z.number().int(),
  heldUntil: z.iso.datetime(),
});
export type HeldReservation = z.infer<typeof heldReservationSchema>;

export const reservationSchema = z.object({
  id: z.string(),
  status: reservationStatusSchema,
  scheduleId: z.string(),
  concertId: z.string(),
  concertTitle: z.string(),
  /** The title's English rendering, null where there is none (pages in English show it). */
  concertTitleEn: z.string().nullable(),
  startsAt: z.iso.datetime(),
  /** The venue's IANA zone ("Asia/Seoul"): pages show `startsAt` and the other instants on its clock. */
  timeZone: z.string(),
  seat: seatRefSchema.extend({ tier: z.string() }),
  price: z.number().int(),
  heldUntil: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  paymentId: z.string().nullable(),
  /** The booking number of the payment that bought the seat (e.g. SP-7K3Q-92XD), shared by a basket's seats; null until paid. */
  bookingNumber: z.string().nullable(),
  /**
   * For a bought seat that was given back (CANCELLED after payment): the won returned to the wallet (price − fee),
   * the fee kept, when, who ended it (STAFF refund or the FAN's own cancellation) and the staff's reason; else null.
   */
  refund: z
    .object({
      amount: z.number().int(),
      fee: z.number().int(),
      refundedAt: z.iso.datetime(),
      by: z.enum(["STAFF", "FAN"]),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type ReservationView = z.infer<typeof reservationSchema>;

export const reservationListQuerySchema = z.object({
  status: reservationStatusSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
