import { dayKey } from "../format/dates";

/**
 * The cancellation fee schedule (configured in lib/env.ts, CANCEL_*), as a
 * pure function of the booking, the show and the clock, so each band is
 * tested with an injected `now` rather than by waiting.
 */
export interface FeeSchedule {
  /** Free within this many calendar days of booking (the booking day is day 1), while the show is past the first band. */
  freeDays: number;
  /** Won per ticket outside the free days until the first band (never more than the price). */
  flatFee: number;
  /** From `fromDays` days before the show, `percent` of the price; sorted by fromDays, largest first. */
  bands: { fromDays: number; percent: number }[];
  /** From this many days before the show, no cancellation (1 = not on the day). */
  closesDaysBefore: number;
}

export type FeeKind = "FREE" | "FLAT" | "PERCENT";

export type FeeQuote =
  | { cancellable: true; kind: FeeKind; percent: number | null; fee: number; refund: number; daysBefore: number }
  | { cancellable: false; kind: "CLOSED"; percent: null; fee: null; refund: null; daysBefore: number };

/** Whole calendar days from `from` to `to` in the venue's zone: a 23:59 → 00:01 step is one day. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return (Date.parse(dayKey(to, timeZone)) - Date.parse(dayKey(from, timeZone))) / 86_400_000;
}

export function quoteFee(
  input: { price: number; bookedAt: Date; startsAt: Date; timeZone: string; now: Date },
  schedule: FeeSchedule,
): FeeQuote {
  const { price, bookedAt, startsAt, timeZone, now } = input;
  const daysBefore = calendarDaysBetween(now, startsAt, timeZone);
  if (daysBefore < schedule.closesDaysBefore || startsAt <= now) {
    return { cancellable: false, kind: "CLOSED", percent: null, fee: null, refund: null, daysBefore };
  }
  const band = schedule.bands.filter((b) => b.fromDays >= daysBefore).at(-1);
  if (band) {
    const fee = Math.floor((price * band.percent) / 100);
    return { cancellable: true, kind: "PERCENT", percent: band.percent, fee, refund: price - fee, daysBefore };
  }
  const dayOfBooking = calendarDaysBetween(bookedAt, now, timeZone) + 1;
  if (dayOfBooking <= schedule.freeDays) return { cancellable: true, kind: "FREE", percent: null, fee: 0, refund: price, daysBefore };
  const fee = Math.min(schedule.flatFee, price);
  return { cancellable: true, kind: "FLAT", percent: null, fee, refund: price - fee, daysBefore };
}
