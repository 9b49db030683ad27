import { z } from "zod";
import { idSchema } from "./common";
import { seatRefSchema } from "./reservations";

export const payReservationSchema = z.object({ reservationId: idSchema });

export const paymentResultSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.iso.datetime(),
  balance: z.number().int(),
});
export type PaymentResult = z.infer<typeof paymentResultSchema>;

export const receiptSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.iso.datetime(),
  concertTitle: z.string(),
  artist: z.string(),
  venue: z.string(),
  startsAt: z.iso.datetime(),
  seat: seatRefSchema.extend({ tier: z.string() }),
  refundedAt: z.iso.datetime().nullable(),
});
export type Receipt = z.infer<typeof receiptSchema>;
