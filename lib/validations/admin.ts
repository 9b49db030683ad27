import { z } from "zod";
import { idSchema, listOf } from "./common";
import { reservationStatusSchema, seatRefSchema } from "./reservations";

export const sortSchema = z.enum(["desc", "asc"]);
export type SortOrder = z.infer<typeof sortSchema>;

/** Filters of the staff bookings list; shared by the API, the CSV export and the console. */
export const bookingFilterSchema = z.object({
  concertId: idSchema.optional(),
  scheduleId: idSchema.optional(),
  status: reservationStatusSchema.optional(),
  /** Matches the fan's email or name, the seat label, or (if a number) the seat number. */
  q: z.string().trim().max(100).optional(),
});
export type BookingFilter = z.infer<typeof bookingFilterSchema>;

export const bookingsQuerySchema = bookingFilterSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  sort: sortSchema.default("desc"),
});
export type BookingsQuery = z.infer<typeof bookingsQuerySchema>;

export const exportQuerySchema = bookingFilterSchema.extend({ sort: sortSchema.default("desc") });

export const concertQuerySchema = z.object({ concertId: idSchema.optional() });

/** Why staff changed something: written to the audit log, so it is required. */
export const staffReasonSchema = z
  .string({ error: "Give a reason" })
  .trim()
  .min(3, "Give a reason of at least 3 characters")
  .max(500, "Keep the reason under 500 characters");

export const staffActionSchema = z.object({ reason: staffReasonSchema });
export type StaffActionInput = z.infer<typeof staffActionSchema>;

const personSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const bookingSchema = z.object({
  reservationId: z.string(),
  status: reservationStatusSchema,
  user: personSchema,
  concertTitle: z.string(),
  concertTitleEn: z.string().nullable(),
  /** The venue's IANA zone: staff read this concert's times on its clock. */
  timeZone: z.string(),
  startsAt: z.iso.datetime(),
  seat: seatRefSchema,
  price: z.number().int(),
  heldUntil: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  paymentId: z.string().nullable(),
  /** The payment's booking number (searchable with `q`); null until paid. */
  bookingNumber: z.string().nullable(),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = listOf(bookingSchema);
export type BookingList = z.infer<typeof bookingListSchema>;

export const statsSchema = z.object({
  queue: z.object({ waiting: z.number().int(), active: z.number().int() }),
  seats: z.object({ available: z.number().int(), held: z.number().int(), sold: z.number().int() }),
  revenue: z.number().int(),
});
export type Stats = z.infer<typeof statsSchema>;

export const refundResultSchema = z.object({
  reservationId: z.string(),
  refundedAmount: z.number().int(),
  balanceAfter: z.number().int(),
});
export type RefundResult = z.infer<typeof refundResultSchema>;

/** Staff ended every session of a user (POST /api/v1/admin/users/{userId}/sign-out). */
export const signOutResultSchema = z.object({ userId: z.string(), signedOut: z.literal(true) });
export type SignOutResult = z.infer<typeof signOutResultSchema>;

export const auditActionSchema = z.enum(["RELEASE_HOLD", "REFUND", "SIGN_OUT_USER"]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }),
  action: z.string(),
  reservationId: z.string().nullable(),
  /** The booking the action was about, as staff read it: fan, seat, concert, date and booking number (null for other actions). */
  booking: z
    .object({
      user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
      seat: z.object({ label: z.string() }),
      concertTitle: z.string(),
      concertTitleEn: z.string().nullable(),
      timeZone: z.string(),
      startsAt: z.iso.datetime(),
      bookingNumber: z.string().nullable(),
    })
    .nullable(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListSchema = listOf(auditEntrySchema);
export type AuditList = z.infer<typeof auditListSchema>;

export const occupancySeatSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  label: z.string(),
  tier: z.string(),
  price: z.number().int(),
  /** Effective state: a hold whose timer ran out shows as AVAILABLE. */
  status: z.enum(["AVAILABLE", "HELD", "SOLD"]),
  reservationId: z.string().nullable(),
  /** Who holds or bought it. */
  user: personSchema.nullable(),
  heldUntil: z.iso.datetime().nullable(),
  paymentId: z.string().nullable(),
  /** What this seat cost when paid (a payment may cover a basket of seats). */
  paidAmount: z.number().int().nullable(),
  /** The booking number of the payment, e.g. SP-7K3Q-92XD. */
  bookingNumber: z.string().nullable(),
});
export type OccupancySeat = z.infer<typeof occupancySeatSchema>;

export const occupancySchema = z.object({
  scheduleId: z.string(),
  concertId: z.string(),
  concertTitle: z.string(),
  concertTitleEn: z.string().nullable(),
  /** The venue's IANA zone: staff read this concert's times on its clock. */
  timeZone: z.string(),
  startsAt: z.iso.datetime(),
  counts: z.object({ available: z.number().int(), held: z.number().int(), sold: z.number().int() }),
  seats: z.array(occupancySeatSchema),
});
export type Occupancy = z.infer<typeof occupancySchema>;

export const revenueSchema = z.object({
  total: z.number().int(),
  ticketsSold: z.number().int(),
  concerts: z.array(
    z.object({
      concertId: z.string(),
      title: z.string(),
      /** Its English rendering, null where there is none (show `title` then). */
      titleEn: z.string().nullable(),
      timeZone: z.string(),
      revenue: z.number().int(),
      sold: z.number().int(),
      totalSeats: z.number().int(),
      schedules: z.array(
        z.object({
          scheduleId: z.string(),
          startsAt: z.iso.datetime(),
          revenue: z.number().int(),
          sold: z.number().int(),
          totalSeats: z.number().int(),
          /** sold / totalSeats, 0..1 */
          sellThrough: z.number(),
        }),
      ),
    }),
  ),
  /** Non-refunded sales per calendar day, each sale on its venue's clock, oldest first. */
  salesByDay: z.array(z.object({ day: z.string(), revenue: z.number().int(), tickets: z.number().int() })),
});
export type Revenue = z.infer<typeof revenueSchema>;

export const queueMonitorSchema = z.object({
  generatedAt: z.iso.datetime(),
  concerts: z.array(
    z.object({
      concertId: z.string(),
      title: z.string(),
      /** Its English rendering, null where there is none (show `title` then). */
      titleEn: z.string().nullable(),
      timeZone: z.string(),
      waiting: z.number().int(),
      active: z.number().int(),
      /** Tokens activated in the last 5 minutes, per minute. */
      admissionPerMinute: z.number(),
      /** Admissions of the last 5 minutes the fan claimed (any request with the token). */
      claimed: z.number().int(),
      /** Admissions of the last 5 minutes whose claim window ran out unclaimed (the slot went on). */
      lapsed: z.number().int(),
      /** Age of the oldest WAITING token, in seconds; null when nobody waits. */
      oldestWaitingSeconds: z.number().int().nullable(),
      /** Extension: seconds until the last fan in line is admitted at the current rate; null when nobody waits or nobody is being admitted. */
      etaLastSeconds: z.number().int().nullable(),
      /** Extension: staff have paused admission. */
      paused: z.boolean(),
      salesOpenAt: z.iso.datetime().nullable(),
      /** Extension: fans in the pre-queue (before the shuffle), or its size at the shuffle. */
      preQueueSize: z.number().int(),
      shuffledAt: z.iso.datetime().nullable(),
      shuffleSeed: z.string().nullable(),
    }),
  ),
});
export type QueueMonitor = z.infer<typeof queueMonitorSchema>;
