/**
 * The staff catalogue: concerts and their dates as organisers create them
 * (POST/PATCH /api/v1/admin/concerts…, the /admin/concerts page). One
 * definition for the API, the server actions and the forms.
 */
import { z } from "zod";

/** An IANA zone the runtime knows, e.g. "Asia/Seoul": concert times are shown in it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Not a known IANA time zone, e.g. Asia/Seoul");

/**
 * When tickets go on sale: an instant with an offset, in the future (fans may
 * enter the pre-queue PRE_QUEUE_MINUTES before it; docs/api.md "The opening").
 */
export const salesOpenAtSchema = z.iso
  .datetime({ offset: true })
  .refine((at) => Date.parse(at) > Date.now(), "The opening must be in the future");

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, "Required");

/** Korean texts (shown by default) with their English renderings ("" = show the Korean one). */
export const concertInputSchema = z.object({
  title: required(200),
  titleEn: text(200).default(""),
  artist: required(200),
  artistEn: text(200).default(""),
  venue: required(200),
  venueEn: text(200).default(""),
  description: text(4000).default(""),
  descriptionEn: text(4000).default(""),
  timeZone: timeZoneSchema.default("Asia/Seoul"),
  /** null or absent = on sale from the start. */
  salesOpenAt: salesOpenAtSchema.nullable().default(null),
});
export type ConcertInput = z.infer<typeof concertInputSchema>;

/** PATCH: any of the fields above, at least one; `salesOpenAt` moves an opening that still lies ahead (move-opening.ts). */
export const concertPatchSchema = z
  .object({
    title: required(200),
    titleEn: text(200),
    artist: required(200),
    artistEn: text(200),
    venue: required(200),
    venueEn: text(200),
    description: text(4000),
    descriptionEn: text(4000),
    timeZone: timeZoneSchema,
    salesOpenAt: salesOpenAtSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Change at least one field");
export type ConcertPatch = z.infer<typeof concertPatchSchema>;

export const MAX_SEATS_PER_DATE = 2000;

/** Seat labels are "<row>-<n>": the row is one or two capital letters. */
const rowLabelSchema = z.string().regex(/^[A-Z]{1,2}$/, "A row is one or two capital letters, e.g. A");

export const scheduleInputSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    /** Price tiers in won, e.g. { name: "VIP", price: 165000 }. */
    tiers: z
      .array(z.object({ name: required(32), price: z.number().int().min(0).max(10_000_000) }))
      .min(1)
      .max(10),
    /** The layout front to back: each row's label, seat count and tier. */
    rows: z
      .array(z.object({ label: rowLabelSchema, seats: z.number().int().min(1).max(100), tier: required(32) }))
      .min(1)
      .max(52),
  })
  .superRefine((input, ctx) => {
    const tiers = input.tiers.map((t) => t.name);
    if (new Set(tiers).size !== tiers.length) ctx.addIssue({ code: "custom", path: ["tiers"], message: "Tier names must differ" });
    const rows = input.rows.map((r) => r.label);
    if (new Set(rows).size !== rows.length) ctx.addIssue({ code: "custom", path: ["rows"], message: "Row labels must differ" });
    input.rows.forEach((row, i) => {
      if (!tiers.includes(row.tier)) ctx.addIssue({ code: "custom", path: ["rows", i, "tier"], message: `No tier named ${row.tier}` });
    });
    const seats = input.rows.reduce((n, r) => n + r.seats, 0);
    if (seats > MAX_SEATS_PER_DATE) ctx.addIssue({ code: "custom", path: ["rows"], message: `At most ${MAX_SEATS_PER_DATE} seats a date` });
    if (Date.parse(input.startsAt) <= Date.now())
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "The date must be in the future" });
  });
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const adminConcertSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  artist: z.string(),
  artistEn: z.string(),
  venue: z.string(),
  venueEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  timeZone: z.string(),
  /** When tickets go on sale; null = on sale from the start. */
  salesOpenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type AdminConcert = z.infer<typeof adminConcertSchema>;

export const adminScheduleSchema = z.object({
  id: z.string(),
  concertId: z.string(),
  startsAt: z.iso.datetime(),
  totalSeats: z.number().int(),
  tiers: z.array(z.object({ name: z.string(), price: z.number().int(), seats: z.number().int() })),
});
export type AdminSchedule = z.infer<typeof adminScheduleSchema>;
