/**
 * Issue 14 point 8, over HTTP on two instances: a reused Idempotency-Key is
 * 422 IDEMPOTENCY_KEY_REUSED whatever the new body names (even a reservation
 * that does not exist), and replays do not use up the top-up rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { joinQueue, makeFan } from "@/test/support/booking";
import type { ApiClient } from "@/test/support/client";
import { makeSchedule, walletState } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
beforeAll(async () => {
  const env = { RATE_LIMIT_CHARGES_PER_MINUTE: "3" };
  [a, b] = (await startServers([env, env])) as [AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

describe("a reused Idempotency-Key on payments", () => {
  it("with a body naming a reservation that does not exist is 422, not 404, and changes nothing", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url, { balance: 500_000 });
    const token = await joinQueue(fan.client, concertId);
    const headers = { "X-Queue-Token": token, "Idempotency-Key": "pay-once" };
    const held = await fan.client.post("/api/v1/reservations", { seatId: seatIds[0] }, { "X-Queue-Token": token });
    const paid = await fan.client.post("/api/v1/payments", { reservationId: held.json.id }, headers);
    expect(paid.status).toBe(201);
    const before = await walletState(getDb(), fan.id);

    for (const client of [fan.client, fan.client.on(b.url)]) {
      const reused = await client.post("/api/v1/payments", { reservationId: "no-such-reservation" }, headers);
      expect([reused.status, reused.json.code]).toEqual([422, "IDEMPOTENCY_KEY_REUSED"]);
    }
    // Without the key the unknown reservation is still 404.
    const unknown = await fan.client.post("/api/v1/payments", { reservationId: "no-such-reservation" }, { "X-Queue-Token": token });
    expect([unknown.status, unknown.json.code]).toEqual([404, "NOT_FOUND"]);
    // The same body replays the first response.
    expect((await fan.client.on(b.url).post("/api/v1/payments", { reservationId: held.json.id }, headers)).text).toBe(paid.text);
    expect(await walletState(getDb(), fan.id)).toEqual(before);
  });
});

describe("replayed top-ups and the rate limit (3 a minute)", () => {
  const charge = (client: ApiClient, key?: string) =>
    client.post("/api/v1/wallet/charges", { amount: 1_000 }, key ? { "Idempotency-Key": key } : undefined);

  it("20 replays of one key, 10 of them in parallel over both instances, leave 2 of the 3 top-ups", async () => {
    const fan = await makeFan(getDb(), a.url);
    const first = await charge(fan.client, "top-up-1");
    expect(first.status).toBe(201);
    for (let i = 0; i < 10; i++) expect((await charge(i % 2 ? fan.client.on(b.url) : fan.client, "top-up-1")).text).toBe(first.text);
    const parallel = await Promise.all(Array.from({ length: 10 }, (_, i) => charge(i % 2 ? fan.client.on(b.url) : fan.client, "top-up-1")));
    expect(parallel.every((r) => r.text === first.text)).toBe(true);

    expect((await charge(fan.client)).status).toBe(201);
    expect((await charge(fan.client.on(b.url))).status).toBe(201);
    const limited = await charge(fan.client);
    expect([limited.status, limited.json.code]).toEqual([429, "RATE_LIMITED"]);
    // A replay is still answered while the budget is spent.
    expect((await charge(fan.client.on(b.url), "top-up-1")).text).toBe(first.text);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 3_000, ledgerSum: 3_000, rows: 3 });
  });

  // Parallel duplicates count until they turn out to be replays; then their points are given back.
  it("parallel first uses of one key charge once and, once settled, count once", async () => {
    const fan = await makeFan(getDb(), b.url);
    const burst = await Promise.all(Array.from({ length: 3 }, (_, i) => charge(i % 2 ? fan.client.on(a.url) : fan.client, "burst")));
    expect(burst.every((r) => r.status === 201 && r.text === burst[0]!.text)).toBe(true);
    expect((await charge(fan.client)).status).toBe(201);
    expect((await charge(fan.client.on(a.url))).status).toBe(201);
    expect((await charge(fan.client)).status).toBe(429);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 3_000, ledgerSum: 3_000, rows: 3 });
  });
});
