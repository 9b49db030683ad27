/**
 * The claim window: an admitted fan who never shows up loses the slot after
 * QUEUE_CLAIM_SECONDS and the next in line is admitted at once; a fan who
 * polls (or opens the seat map) keeps it for the whole active time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQueueMonitor } from "@/lib/admin/get-queue-monitor";
import { getDb } from "@/lib/db";
import { joinQueue, makeFan } from "@/test/support/booking";
import { makeSchedule } from "@/test/support/fixtures";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer({ env: { QUEUE_ACTIVE_LIMIT: "1", QUEUE_CLAIM_SECONDS: "2", SWEEP_INTERVAL_SECONDS: "0" } });
});
afterAll(async () => {
  await server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("claim window", () => {
  it("an unclaimed admission lapses after the window and the next fan is admitted; a fan who polls keeps the slot", async () => {
    const { concertId, scheduleId } = await makeSchedule(getDb());
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => makeFan(getDb(), server.url)));
    const ta = await joinQueue(a!.client, concertId);
    const tb = await joinQueue(b!.client, concertId);
    const tc = await joinQueue(c!.client, concertId);
    const row = (token: string) => getDb().queueToken.findUniqueOrThrow({ where: { token } });
    // Admitted on arrival: the join itself is the fan claiming it.
    expect((await row(ta)).claimedAt).not.toBeNull();

    // A leaves: B is admitted, but B is not there to claim.
    expect((await a!.client.delete(`/api/v1/queue/tokens/${ta}`)).status).toBe(204);
    expect(await row(tb)).toMatchObject({ status: "ACTIVE", claimedAt: null });
    expect((await c!.client.get(`/api/v1/queue/tokens/${tc}`)).json).toMatchObject({ status: "WAITING", position: 1 });

    await sleep(2_500);
    // C's poll finds B's window over: B lapses, C is admitted and, by this very poll, claims.
    const cView = (await c!.client.get(`/api/v1/queue/tokens/${tc}`)).json;
    expect(cView).toMatchObject({ status: "ACTIVE", position: 0 });
    expect(new Date(cView.expiresAt).getTime()).toBeGreaterThan(Date.now() + 60_000);
    expect((await b!.client.get(`/api/v1/queue/tokens/${tb}`)).json.status).toBe("EXPIRED");
    const seats = await b!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": tb });
    expect([seats.status, seats.json.code]).toEqual([401, "QUEUE_TOKEN_EXPIRED"]);

    // Past another window C still has the slot and the seat map.
    await sleep(2_500);
    expect((await c!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": tc })).status).toBe(200);
    expect(await getDb().queueToken.count({ where: { concertId, status: "ACTIVE", expiresAt: { gt: new Date() } } })).toBe(1);

    const monitor = (await getQueueMonitor()).concerts.find((m) => m.concertId === concertId)!;
    expect({ claimed: monitor.claimed, lapsed: monitor.lapsed }).toEqual({ claimed: 2, lapsed: 1 });
  });

  it("opening the seat map claims an admission", async () => {
    const { concertId, scheduleId } = await makeSchedule(getDb());
    const [a, b] = await Promise.all([0, 1].map(() => makeFan(getDb(), server.url)));
    const ta = await joinQueue(a!.client, concertId);
    const tb = await joinQueue(b!.client, concertId);
    expect((await a!.client.delete(`/api/v1/queue/tokens/${ta}`)).status).toBe(204);
    expect((await getDb().queueToken.findUniqueOrThrow({ where: { token: tb } })).claimedAt).toBeNull();
    expect((await b!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": tb })).status).toBe(200);
    const claimed = await getDb().queueToken.findUniqueOrThrow({ where: { token: tb } });
    expect(claimed.claimedAt).not.toBeNull();
    expect(claimed.expiresAt!.getTime()).toBe(claimed.activeUntil!.getTime());
  });
});
