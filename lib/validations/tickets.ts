import { z } from "zod";
import { idSchema } from "./common";

/** The fee schedule as the API and the pages show it (lib/env.ts CANCEL_*). */
export const feeScheduleSchema = z.object({
  freeDays: z.number().int(),
  flatFee: z.number().int(),
  bands: z.array(z.object({ fromDays: z.number().int(), percent: z.number().int() })),
  closesDaysBefore: z.number().int(),
});

/** What cancelling today would refund: `cancellable` false means CANCELLATION_CLOSED. */
export const cancelQuoteSchema = z.object({
  reservationId: z.string(),
  /** HELD: quoted as if bought now (checkout); CONFIRMED: from its payment. */
  status: z.enum(["HELD", "CONFIRMED"]),
  price: z.number().int(),
  cancellable: z.boolean(),
  kind: z.enum(["FREE", "FLAT", "PERCENT", "CLOSED"]),
  percent: z.number().int().nullable(),
  fee: z.number().int().nullable(),
  refund: z.number().int().nullable(),
  daysBefore: z.number().int(),
  schedule: feeScheduleSchema,
});
export type CancelQuote = z.infer<typeof cancelQuoteSchema>;

export const cancelResultSchema = z.object({
  reservationId: z.string(),
  status: z.literal("CANCELLED"),
  price: z.number().int(),
  fee: z.number().int(),
  refundedAmount: z.number().int(),
  balanceAfter: z.number().int(),
});
export type CancelResult = z.infer<typeof cancelResultSchema>;

export const ticketSchema = z.object({
  reservationId: z.string(),
  /** VALID: shows its code; CHECKED_IN: admitted already; VOID: refunded or cancelled, no code. */
  status: z.enum(["VALID", "CHECKED_IN", "VOID"]),
  code: z.string().nullable(),
  bookingNumber: z.string(),
  concertId: z.string(),
  scheduleId: z.string(),
  concertTitle: z.string(),
  artist: z.string(),
  venue: z.string(),
  timeZone: z.string(),
  startsAt: z.iso.datetime(),
  seat: z.object({ id: z.string(), number: z.number().int(), label: z.string(), tier: z.string() }),
  price: z.number().int(),
  holderName: z.string(),
  checkedInAt: z.iso.datetime().nullable(),
});
export type TicketView = z.infer<typeof ticketSchema>;

/** A scanned or typed code; `scheduleId` is the date this gate admits (default: the show on the venue's today). */
export const checkInInputSchema = z.object({
  code: z.string().trim().min(1).max(500),
  gate: z.string().trim().min(1).max(40).optional(),
  scheduleId: idSchema.optional(),
});
export type CheckInInput = z.infer<typeof checkInInputSchema>;

const checkInRecordSchema = z.object({
  checkedInAt: z.iso.datetime(),
  gate: z.string().nullable(),
  staffName: z.string(),
});

/** The gate's verdict on a genuine code (a forged one is 422 TICKET_INVALID). */
export const checkInResultSchema = z.object({
  outcome: z.enum(["ADMITTED", "ALREADY_CHECKED_IN", "VOID", "WRONG_DATE"]),
  reservationId: z.string(),
  scheduleId: z.string(),
  startsAt: z.iso.datetime(),
  /** The venue's IANA zone, for the verdict's times. */
  timeZone: z.string(),
  concertTitle: z.string(),
  seat: z.object({ label: z.string(), tier: z.string() }),
  holderName: z.string(),
  /** The admission: this one (ADMITTED) or the earlier one (ALREADY_CHECKED_IN); null otherwise. */
  checkIn: checkInRecordSchema.nullable(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const arrivalsQuerySchema = z.object({ concertId: idSchema.optional() });

export const arrivalsSchema = z.object({
  items: z.array(
    z.object({
      scheduleId: z.string(),
      concertId: z.string(),
      concertTitle: z.string(),
      timeZone: z.string(),
      startsAt: z.iso.datetime(),
      arrived: z.number().int(),
      sold: z.number().int(),
    }),
  ),
});
export type Arrivals = z.infer<typeof arrivalsSchema>;
