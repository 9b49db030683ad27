/**
 * The claim window: an admitted fan who never shows up loses the slot after
 * QUEUE_CLAIM_SECONDS and the next in line is admitted at once; a fan who
 * polls (or opens the seat map) keeps it for the whole active time. Staff may
 * set a concert's own window (queue controls), which new admissions follow.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQueueMonitor } from "@/lib/admin/get-queue-monitor";
import { getDb } from "@/lib/db";
import { joinQueue, makeFan } from "@/test/support/booking";
import { ApiClient } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let staff: ApiClient;
beforeAll(async () => {
  server = await startServer({ env: { QUEUE_ACTIVE_LIMIT: "1", QUEUE_CLAIM_SECONDS: "2", SWEEP_INTERVAL_SECONDS: "0" } });
  const admin = await makeUser(getDb(), { role: "ADMIN", name: "Staff" });
  staff = new ApiClient(server.url);
  await staff.signIn(admin.email, admin.password);
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

  it("staff's claim window for the concert (queue controls) governs new admissions; null returns to QUEUE_CLAIM_SECONDS", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await Promise.all([0, 1, 2, 3].map(() => makeFan(getDb(), server.url)));
    const tokens: string[] = [];
    for (const fan of fans) tokens.push(await joinQueue(fan.client, concertId));
    const row = (i: number) => getDb().queueToken.findUniqueOrThrow({ where: { token: tokens[i]! } });
    const windowOf = async (i: number) => {
      const r = await row(i);
      return r.expiresAt!.getTime() - r.activatedAt!.getTime();
    };
    const setClaim = async (claimSeconds: number | null) => {
      const res = await staff.post(`/api/v1/admin/concerts/${concertId}/queue-controls`, { claimSeconds, reason: "claim window test" });
      expect(res.status, res.text).toBe(200);
      return res.json;
    };
    const leave = async (i: number) => expect((await fans[i]!.client.delete(`/api/v1/queue/tokens/${tokens[i]}`)).status).toBe(204);

    expect(await setClaim(30)).toMatchObject({ claimSeconds: 30, effectiveClaimSeconds: 30 });
    await leave(0);
    expect(await row(1)).toMatchObject({ status: "ACTIVE", claimedAt: null });
    expect(await windowOf(1)).toBe(30_000);
    // Past the server's 2-second window the concert's own 30 s still hold: B keeps the slot, C waits.
    await sleep(2_500);
    expect((await fans[2]!.client.get(`/api/v1/queue/tokens/${tokens[2]}`)).json).toMatchObject({ status: "WAITING", position: 1 });
    expect((await row(1)).status).toBe("ACTIVE");

    // Off (0) for new admissions: B's running window is left as it was; C, admitted next, counts as claimed at once.
    expect(await setClaim(0)).toMatchObject({ claimSeconds: 0, effectiveClaimSeconds: 0 });
    expect(await windowOf(1)).toBe(30_000);
    await leave(1);
    const c = await row(2);
    expect(c).toMatchObject({ status: "ACTIVE", claimedAt: c.activatedAt });
    expect(c.expiresAt!.getTime()).toBe(c.activeUntil!.getTime());

    // Back to the server's QUEUE_CLAIM_SECONDS=2.
    expect(await setClaim(null)).toMatchObject({ claimSeconds: null, effectiveClaimSeconds: 2 });
    await leave(2);
    expect(await row(3)).toMatchObject({ status: "ACTIVE", claimedAt: null });
    expect(await windowOf(3)).toBe(2_000);
    const audit = await getDb().auditLog.findMany({
      where: { action: "SET_QUEUE_CLAIM_SECONDS", reason: { contains: "claim window test" } },
    });
    expect(audit.map((a) => a.reason.split(": ").pop())).toEqual(
      expect.arrayContaining(["claim window 30 s", "claim window 0 s", "claim window server default"]),
    );
  });
});
