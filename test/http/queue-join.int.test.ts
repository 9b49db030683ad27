/**
 * Joins at scale over HTTP, two instances: joins take no admission lock, yet
 * issue numbers stay distinct and gapless, positions exact and in issue
 * order, the active limit exact, and one fan gets one token however often
 * they ask at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { expectInvariants, makeFan } from "@/test/support/booking";
import { makeSchedule } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
const LIMIT = 20;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: String(LIMIT), SWEEP_INTERVAL_SECONDS: "0" };
  [a, b] = (await startServers([env, env])) as [AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

describe("joining the queue", () => {
  it("500 fans join at once across two instances: 500 distinct issue numbers, positions 1..N in issue order, exactly the limit ACTIVE", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: 500 }, () => makeFan(getDb(), a.url)));
    const joined = await Promise.all(
      fans.map((f, i) => (i % 2 ? f.client.on(b.url) : f.client).post("/api/v1/queue/tokens", { concertId })),
    );
    expect(joined.map((r) => r.status)).toEqual(Array<number>(500).fill(201));

    const rows = await getDb().queueToken.findMany({
      where: { concertId },
      orderBy: { seq: "asc" },
      select: { token: true, seq: true, status: true },
    });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.status === "ACTIVE")).toHaveLength(LIMIT);
    // Admission is FIFO by issue number: the first LIMIT numbers are the active ones.
    expect(rows.slice(0, LIMIT).map((r) => r.status)).toEqual(Array(LIMIT).fill("ACTIVE"));

    const owner = new Map(fans.map((f, i) => [joined[i]!.json.token as string, f]));
    const views = await Promise.all(
      rows.map(
        async (r, i) =>
          (await (i % 2 ? owner.get(r.token)!.client.on(b.url) : owner.get(r.token)!.client).get(`/api/v1/queue/tokens/${r.token}`)).json,
      ),
    );
    expect(views.slice(0, LIMIT).map((v) => [v.status, v.position])).toEqual(Array(LIMIT).fill(["ACTIVE", 0]));
    expect(views.slice(LIMIT).map((v) => v.position)).toEqual(Array.from({ length: 500 - LIMIT }, (_, i) => i + 1));
    await expectInvariants(getDb(), { activeLimit: LIMIT });
  });

  it("20 parallel joins of one fan across two instances give one token", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url);
    const res = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? fan.client.on(b.url) : fan.client).post("/api/v1/queue/tokens", { concertId })),
    );
    expect(new Set(res.map((r) => r.json.token as string)).size).toBe(1);
    expect(res.filter((r) => r.status === 201)).toHaveLength(1);
    expect(res.filter((r) => r.status === 200)).toHaveLength(19);
    expect(await getDb().queueToken.count({ where: { concertId } })).toBe(1);
  });
});
