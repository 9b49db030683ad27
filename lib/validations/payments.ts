import { z } from "zod";
import { idSchema } from "./common";
import { reservationStatusSchema, seatRefSchema } from "./reservations";

/** Seats one payment may cover at most; the hold limit (MAX_HOLDS_PER_USER) is the real bound. */
export const MAX_BASKET_SEATS = 20;

export const payReservationSchema = z.object({ reservationId: idSchema });

/** A basket: several held seats of one date, paid at once. */
export const payBasketSchema = z.object({
  reservationIds: z
    .array(idSchema)
    .min(1)
    .max(MAX_BASKET_SEATS)
    .refine((ids) => new Set(ids).size === ids.length, "Each reservation may appear only once."),
});

/** POST /api/v1/payments takes either shape, never both. */
export const payRequestSchema = z.xor([payReservationSchema, payBasketSchema], "Send either reservationId or reservationIds, not both.");
export type PayRequest = z.infer<typeof payRequestSchema>;

/** The schema that explains a bad body best: the shape it tries to be, else "one or the other". */
export function payRequestSchemaFor(raw: unknown): z.ZodType<PayRequest> {
  const has = (key: string) => typeof raw === "object" && raw !== null && key in raw;
  if (has("reservationIds") && !has("reservationId")) return payBasketSchema;
  if (has("reservationId") && !has("reservationIds")) return payReservationSchema;
  return payRequestSchema;
}

export const paymentResultSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.iso.datetime(),
  balance: z.number().int(),
});
export type PaymentResult = z.infer<typeof paymentResultSchema>;

/** One seat of a receipt, with its own price and state (a seat may be refunded alone). */
export const receiptSeatSchema = seatRefSchema.extend({
  tier: z.string(),
  reservationId: z.string(),
  price: z.number().int(),
  status: reservationStatusSchema,
});
export type ReceiptSeat = z.infer<typeof receiptSeatSchema>;

export const basketPaymentResultSchema = paymentResultSchema.extend({
  reservationIds: z.array(z.string()),
  bookingNumber: z.string(),
  seats: z.array(receiptSeatSchema),
});
export type BasketPaymentResult = z.infer<typeof basketPaymentResultSchema>;

export const receiptSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  amount: z.number().int(),
  paidAt: z.iso.datetime(),
  concertTitle: z.string(),
  artist: z.string(),
  venue: z.string(),
  /** English renderings, null where the concert has none (pages in English show them). */
  concertTitleEn: z.string().nullable(),
  artistEn: z.string().nullable(),
  venueEn: z.string().nullable(),
  startsAt: z.iso.datetime(),
  /** The venue's IANA zone ("Asia/Seoul"): pages show `startsAt` and the other instants on its clock. */
  timeZone: z.string(),
  seat: seatRefSchema.extend({ tier: z.string() }),
  refundedAt: z.iso.datetime().nullable(),
  bookingNumber: z.string(),
  seats: z.array(receiptSeatSchema),
});
export type Receipt = z.infer<typeof receiptSchema>;
