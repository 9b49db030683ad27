import { describe, expect, it } from "vitest";
import { calendarDaysBetween, quoteFee, type FeeSchedule } from "./fee-schedule";

// The default Korean schedule (lib/env.ts CANCEL_* defaults).
const korean: FeeSchedule = {
  freeDays: 7,
  flatFee: 4000,
  bands: [
    { fromDays: 9, percent: 10 },
    { fromDays: 6, percent: 20 },
    { fromDays: 2, percent: 30 },
  ],
  closesDaysBefore: 1,
};
const zone = "Asia/Seoul";
// The show: 19:00 Seoul on 2026-12-30.
const startsAt = new Date("2026-12-30T10:00:00Z");
/** 12:00 Seoul, `days` calendar days before the show. */
const daysBefore = (days: number) => new Date(Date.parse("2026-12-30T03:00:00Z") - days * 86_400_000);
const quote = (now: Date, bookedAt = new Date("2026-11-01T03:00:00Z"), price = 150_000) =>
  quoteFee({ price, bookedAt, startsAt, timeZone: zone, now }, korean);

describe("quoteFee (default Korean schedule)", () => {
  it("is free within 7 days of booking (booking day = day 1) while the show is 10+ days away", () => {
    const booked = daysBefore(20);
    expect(quote(daysBefore(20), booked)).toMatchObject({ kind: "FREE", fee: 0, refund: 150_000, daysBefore: 20 });
    expect(quote(daysBefore(14), booked)).toMatchObject({ kind: "FREE", fee: 0 }); // day 7
    expect(quote(daysBefore(13), booked)).toMatchObject({ kind: "FLAT", fee: 4000, refund: 146_000 }); // day 8
  });

  it("charges the flat fee until 10 days before the show", () => {
    expect(quote(daysBefore(30))).toMatchObject({ kind: "FLAT", fee: 4000, refund: 146_000 });
    expect(quote(daysBefore(10))).toMatchObject({ kind: "FLAT", fee: 4000, daysBefore: 10 });
    expect(quote(daysBefore(10), daysBefore(30), 3000)).toMatchObject({ fee: 3000, refund: 0 });
  });

  it("charges 10 % for 9–7, 20 % for 6–3, 30 % for 2–1 days before, even within 7 days of booking", () => {
    const cases: [number, number][] = [
      [9, 10],
      [7, 10],
      [6, 20],
      [3, 20],
      [2, 30],
      [1, 30],
    ];
    for (const [days, percent] of cases) {
      const fee = (150_000 * percent) / 100;
      expect(quote(daysBefore(days), daysBefore(days))).toMatchObject({
        kind: "PERCENT",
        percent,
        fee,
        refund: 150_000 - fee,
        daysBefore: days,
      });
    }
  });

  it("closes on the day of the show and after it", () => {
    expect(quote(daysBefore(0))).toMatchObject({ cancellable: false, kind: "CLOSED", fee: null });
    expect(quote(new Date("2026-12-29T14:59:00Z"))).toMatchObject({ kind: "PERCENT", percent: 30 }); // 23:59 Seoul the day before
    expect(quote(new Date("2026-12-29T15:00:00Z"))).toMatchObject({ kind: "CLOSED" }); // 00:00 Seoul on the day
    expect(quote(new Date("2027-01-02T00:00:00Z"))).toMatchObject({ kind: "CLOSED" });
  });

  it("counts days on the venue's calendar, not UTC's", () => {
    // 00:30 Seoul on the 29th is 15:30 UTC on the 28th: one day before the show in Seoul.
    expect(calendarDaysBetween(new Date("2026-12-28T15:30:00Z"), startsAt, zone)).toBe(1);
    expect(calendarDaysBetween(new Date("2026-12-28T15:30:00Z"), startsAt, "UTC")).toBe(2);
  });
});
