/** Public catalogue over HTTP: concerts, available dates, seat counts, prices. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiClient } from "@/test/support/client";
import { makeSchedule } from "@/test/support/fixtures";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let api: ApiClient;
let concertId: string;
let soon: string;
let later: string;
beforeAll(async () => {
  server = await startServer();
  api = new ApiClient(server.url);
  const db = getDb();
  const first = await makeSchedule(db, { title: "Test Night", daysAhead: 20 });
  concertId = first.concertId;
  later = first.scheduleId;
  soon = (await makeSchedule(db, { concertId, daysAhead: 3 })).scheduleId;
  await makeSchedule(db, { concertId, daysAhead: -2 });
  await getDb().concert.create({ data: { title: "No Dates", artist: "Nobody", venue: "Nowhere" } });
});
afterAll(() => server.stop());

describe("catalogue", () => {
  it("lists concerts with their next future date, concerts without dates last", async () => {
    const res = await api.get("/api/v1/concerts");
    expect(res.status).toBe(200);
    expect(res.json.nextCursor).toBeNull();
    expect(res.json.items).toHaveLength(2);
    const [withDates, without] = res.json.items;
    const soonStart = await getDb().schedule.findUniqueOrThrow({ where: { id: soon }, select: { startsAt: true } });
    expect(withDates).toEqual({
      id: concertId,
      title: "Test Night",
      artist: "Test Artist",
      venue: "Test Hall",
      posterUrl: null,
      nextScheduleAt: soonStart.startsAt.toISOString(),
    });
    expect(without).toMatchObject({ title: "No Dates", nextScheduleAt: null });
  });

  it("lists future dates only, ordered, with counts and price range", async () => {
    const res = await api.get(`/api/v1/concerts/${concertId}/schedules`);
    expect(res.status).toBe(200);
    expect(res.json.items.map((s: { id: string }) => s.id)).toEqual([soon, later]);
    expect(res.json.items[0]).toEqual({
      id: soon,
      concertId,
      startsAt: expect.any(String),
      totalSeats: 50,
      availableSeats: 50,
      minPrice: 99_000,
      maxPrice: 165_000,
      soldOut: false,
    });
  });

  it("counts sold, held and expired holds as the contract says", async () => {
    const db = getDb();
    const seats = await db.seat.findMany({ where: { scheduleId: later }, orderBy: { number: "asc" }, select: { id: true } });
    const ids = seats.map((s) => s.id);
    await db.seat.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { status: "SOLD" } });
    await db.seat.updateMany({
      where: { id: { in: ids.slice(3, 5) } },
      data: { status: "HELD", heldUntil: new Date(Date.now() + 600_000) },
    });
    // An expired hold counts as available at once, sweeper or not.
    await db.seat.updateMany({ where: { id: { in: ids.slice(5, 7) } }, data: { status: "HELD", heldUntil: new Date(Date.now() - 1_000) } });
    const res = await api.get(`/api/v1/concerts/${concertId}/schedules`);
    expect(res.json.items[1]).toMatchObject({ id: later, totalSeats: 50, availableSeats: 45, soldOut: false });

    await db.seat.updateMany({ where: { scheduleId: later }, data: { status: "SOLD" } });
    const soldOut = await api.get(`/api/v1/concerts/${concertId}/schedules`);
    expect(soldOut.json.items[1]).toMatchObject({ id: later, availableSeats: 0, soldOut: true });
  });

  it("returns one concert with its schedules", async () => {
    const res = await api.get(`/api/v1/concerts/${concertId}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: concertId, title: "Test Night", description: "" });
    expect(res.json.schedules.map((s: { id: string }) => s.id)).toEqual([soon, later]);
    expect(res.json.nextScheduleAt).toBe(res.json.schedules[0].startsAt);
  });

  it.each(["/api/v1/concerts/no-such-concert", "/api/v1/concerts/no-such-concert/schedules"])(
    "answers 404 NOT_FOUND for %s",
    async (path) => {
      const res = await api.get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json.code).toBe("NOT_FOUND");
    },
  );
});
