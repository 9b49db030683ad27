/**
 * Seat holds over HTTP on two app instances sharing one database: exactly one
 * winner per seat, the per-user hold limit under parallel requests, release,
 * and a run-out hold that frees the seat at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { expectInvariants, joinQueue, makeFan } from "@/test/support/booking";
import { makeSchedule } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
let quick: AppServer;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: "1000", MAX_HOLDS_PER_USER: "4", MAX_TICKETS_PER_USER_PER_CONCERT: "4" };
  [a, b, quick] = (await startServers([env, env, { ...env, HOLD_TTL_SECONDS: "1" }])) as [AppServer, AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), quick.stop()]);
});

async function activeFans(concertId: string, n: number) {
  const fans = await Promise.all(Array.from({ length: n }, () => makeFan(getDb(), a.url)));
  // Tokens in batches: each is ACTIVE at once (limit 1000).
  for (let i = 0; i < fans.length; i += 25) {
    await Promise.all(fans.slice(i, i + 25).map(async (f) => Object.assign(f, { token: await joinQueue(f.client, concertId) })));
  }
  return fans as (Awaited<ReturnType<typeof makeFan>> & { token: string })[];
}

const hold = (fan: { client: import("@/test/support/client").ApiClient; token: string }, seatId: string, base?: string) =>
  (base ? fan.client.on(base) : fan.client).post("/api/v1/reservations", { seatId }, { "X-Queue-Token": fan.token });

describe("seat holds", () => {
  it("200 parallel holds on one seat across two instances: exactly 1 × 201 and 199 × 409 SEAT_UNAVAILABLE", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fans = await activeFans(concertId, 200);
    const seatId = seatIds[0]!;
    const results = await Promise.all(fans.map((f, i) => hold(f, seatId, i % 2 ? b.url : a.url)));
    const statuses = results.map((r) => r.status);
    expect(
      statuses.filter((s) => s >= 500),
      a.logs().slice(-3000),
    ).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 201);
    expect(losers).toHaveLength(199);
    expect(new Set(losers.map((r) => `${r.status} ${r.json.code}`))).toEqual(new Set(["409 SEAT_UNAVAILABLE"]));
    const winner = results.find((r) => r.status === 201)!;
    expect(winner.json).toMatchObject({ status: "HELD", seat: { id: seatId, number: 1, label: "A-1" }, price: 165_000 });
    expect(await getDb().reservation.count({ where: { seatId, status: "HELD" } })).toBe(1);
    await expectInvariants(getDb());
  });

  it("10 parallel holds by one fan on 10 seats end with exactly MAX_HOLDS_PER_USER (4) held", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const [fan] = await activeFans(concertId, 1);
    const results = await Promise.all(seatIds.slice(0, 10).map((id, i) => hold(fan!, id, i % 2 ? b.url : a.url)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    expect(results.filter((r) => r.status === 409 && r.json.code === "HOLD_LIMIT_REACHED")).toHaveLength(6);
    expect(await getDb().reservation.count({ where: { userId: fan!.id, status: "HELD" } })).toBe(4);
    expect(await getDb().seat.count({ where: { holderId: fan!.id, status: "HELD" } })).toBe(4);
  });

  it("10 parallel holds by one fan over four dates of one concert: exactly MAX_TICKETS_PER_USER_PER_CONCERT (4), bought seats counted", async () => {
    const { concertId, seatIds: first } = await makeSchedule(getDb());
    const dates = [first, ...(await Promise.all([1, 2, 3].map(() => makeSchedule(getDb(), { concertId })))).map((d) => d.seatIds)];
    const [fan] = await activeFans(concertId, 1);
    // Three seats per date at most, so the per-date limit (4) never decides.
    const seats = [0, 1, 2].flatMap((i) => dates.map((d) => d[i]!)).slice(0, 10);
    const results = await Promise.all(seats.map((id, i) => hold(fan!, id, i % 2 ? b.url : a.url)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    const refused = results.filter((r) => r.status === 409 && r.json.code === "HOLD_LIMIT_REACHED");
    expect(refused).toHaveLength(6);
    expect(refused[0]!.json.detail).toMatch(/at most 4 tickets for this concert, held and bought together over all its dates/);
    expect(await getDb().reservation.count({ where: { userId: fan!.id, status: "HELD" } })).toBe(4);

    // A bought seat counts as much as a held one: with one bought, three more holds at most.
    const buyer = await makeFan(getDb(), a.url, { balance: 500_000 });
    await buyAs(buyer.id, concertId, dates[3]![40]!);
    const again = { ...buyer, token: await joinQueue(buyer.client, concertId) };
    const more = await Promise.all([10, 11, 12, 13, 14].map((n, i) => hold(again, dates[i % 3]![n]!, i % 2 ? b.url : a.url)));
    expect(more.filter((r) => r.status === 201)).toHaveLength(3);
    expect(more.filter((r) => r.status === 409 && r.json.code === "HOLD_LIMIT_REACHED")).toHaveLength(2);
    await expectInvariants(getDb());
  });

  it("shows holds on the seat map (heldByMe), releases them, and refuses a second release", async () => {
    const { concertId, scheduleId, seatIds } = await makeSchedule(getDb());
    const [me, other] = await activeFans(concertId, 2);
    const held = await hold(me!, seatIds[4]!);
    expect(held.status).toBe(201);
    const mine = await me!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": me!.token });
    expect(mine.status).toBe(200);
    expect(mine.json.seats).toHaveLength(50);
    expect(mine.json.seats[4]).toMatchObject({ status: "HELD", heldByMe: true });
    const theirs = await other!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": other!.token });
    expect(theirs.json.seats[4]).toMatchObject({ status: "HELD", heldByMe: false });
    expect((await hold(other!, seatIds[4]!)).json.code).toBe("SEAT_UNAVAILABLE");

    // Someone else's reservation is not theirs to release.
    expect((await other!.client.delete(`/api/v1/reservations/${held.json.id}`, { "X-Queue-Token": other!.token })).status).toBe(404);
    expect((await me!.client.delete(`/api/v1/reservations/${held.json.id}`, { "X-Queue-Token": me!.token })).status).toBe(204);
    const again = await me!.client.delete(`/api/v1/reservations/${held.json.id}`, { "X-Queue-Token": me!.token });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("RESERVATION_NOT_HELD");
    expect((await hold(other!, seatIds[4]!)).status).toBe(201);
    await expectInvariants(getDb());
  });

  it("a hold that ran out shows AVAILABLE at once (no sweeper) and another fan can take the seat", async () => {
    const { concertId, scheduleId, seatIds } = await makeSchedule(getDb());
    const [first, second] = await activeFans(concertId, 2);
    const held = await hold(first!, seatIds[10]!, quick.url);
    expect(held.status).toBe(201);
    expect(new Date(held.json.heldUntil).getTime() - Date.now()).toBeLessThanOrEqual(1_000);
    await new Promise((r) => setTimeout(r, 1_300));
    const map = await second!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": second!.token });
    expect(map.json.seats[10]).toMatchObject({ status: "AVAILABLE", heldByMe: false });
    expect((await hold(second!, seatIds[10]!)).status).toBe(201);
    const old = await first!.client.get(`/api/v1/reservations/${held.json.id}`);
    expect(old.json.status).toBe("EXPIRED");
    await expectInvariants(getDb());
  });

  it("rejects bad input without writing anything", async () => {
    const { concertId } = await makeSchedule(getDb());
    const [fan] = await activeFans(concertId, 1);
    const before = await getDb().reservation.count();
    for (const body of ['{"seatId":', "[]", "{}", '{"seatId":42}', '{"seatId":""}']) {
      const res = await fan!.client.request("POST", "/api/v1/reservations", { body, headers: { "X-Queue-Token": fan!.token } });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe("VALIDATION_FAILED");
    }
    expect((await hold(fan!, "no-such-seat")).status).toBe(404);
    expect(await getDb().reservation.count()).toBe(before);
  });
});
