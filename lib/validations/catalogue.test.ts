import { describe, expect, it } from "vitest";
import { concertSchema, scheduleSchema } from "./catalogue";

describe("catalogue schemas", () => {
  const concert = { id: "c1", title: "T", artist: "A", venue: "V", posterUrl: null, nextScheduleAt: "2026-12-24T10:00:00.000Z" };

  it("accepts the contract's concert shape, with null poster and date", () => {
    expect(concertSchema.parse(concert)).toEqual(concert);
    expect(concertSchema.safeParse({ ...concert, nextScheduleAt: null }).success).toBe(true);
    expect(concertSchema.safeParse({ ...concert, nextScheduleAt: "24/12/2026" }).success).toBe(false);
  });

  it("needs integer seat counts and prices on a schedule", () => {
    const schedule = {
      id: "s1",
      concertId: "c1",
      startsAt: "2026-12-24T10:00:00.000Z",
      totalSeats: 50,
      availableSeats: 3,
      minPrice: 99_000,
      maxPrice: 165_000,
      soldOut: false,
    };
    expect(scheduleSchema.parse(schedule)).toEqual(schedule);
    expect(scheduleSchema.safeParse({ ...schedule, minPrice: 99_000.5 }).success).toBe(false);
  });
});
