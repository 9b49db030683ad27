/**
 * Live control of a line by staff, on two instances: pausing stops every
 * promotion (fans already ACTIVE keep booking), resuming admits in order, a
 * new active limit is obeyed by both instances, the opening moves only while
 * it lies ahead, the shuffle's order is checked against its seed, and every
 * change is in the audit log with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeFan } from "@/test/support/booking";
import { ApiClient, type Json } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

const LIMIT = 2;
let servers: AppServer[];
let staff: ApiClient;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: String(LIMIT), QUEUE_CLAIM_SECONDS: "0" };
  servers = await startServers([env, env]);
  const admin = await makeUser(getDb(), { role: "ADMIN", name: "Staff" });
  staff = new ApiClient(servers[0]!.url);
  await staff.signIn(admin.email, admin.password);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const controls = (concertId: string) => `/api/v1/admin/concerts/${concertId}/queue-controls`;
const statusPath = (concertId: string) => `/api/v1/queue/concerts/${concertId}/status`;
/** Longer than each instance's cached copy of the controls (lib/queue/queue-controls.ts). */
const settle = () => new Promise((r) => setTimeout(r, 1_100));

/** `n` fans joined one after another (issue numbers 1..n), alternating instances. */
async function line(concertId: string, n: number) {
  const fans = [];
  for (let i = 0; i < n; i++) {
    const fan = await makeFan(getDb(), servers[i % 2]!.url);
    const view = (await fan.client.post("/api/v1/queue/tokens", { concertId })).json;
    fans.push({ ...fan, token: view.token as string, seq: view.issueNumber as number });
  }
  return fans;
}

async function statuses(concertId: string): Promise<Record<number, string>> {
  const rows = await getDb().queueToken.findMany({ where: { concertId }, select: { seq: true, status: true } });
  return Object.fromEntries(rows.map((r) => [r.seq, r.status]));
}

describe("staff live controls", () => {
  it("pause: nobody is promoted even with free slots, ACTIVE fans keep booking; resume: promotion in order", async () => {
    const { concertId, scheduleId } = await makeSchedule(getDb());
    const fans = await line(concertId, 6);
    expect(await statuses(concertId)).toEqual({ 1: "ACTIVE", 2: "ACTIVE", 3: "WAITING", 4: "WAITING", 5: "WAITING", 6: "WAITING" });

    const paused = await staff.post(controls(concertId), { paused: true, reason: "payment provider incident" });
    expect(paused.status, paused.text).toBe(200);
    expect(paused.json).toMatchObject({ paused: true, effectiveActiveLimit: LIMIT });
    // An admitted fan still books while the line is paused.
    const seats = await fans[0]!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": fans[0]!.token });
    expect(seats.status).toBe(200);
    // Both admitted fans leave: two free slots, and every way a promotion could start, on both instances.
    await Promise.all(fans.slice(0, 2).map((f) => f.client.delete(`/api/v1/queue/tokens/${f.token}`)));
    await settle();
    const polls = await Promise.all([
      ...fans.slice(2).map((f) => f.client.get(`/api/v1/queue/tokens/${f.token}`)),
      ...servers.map((s) => new ApiClient(s.url).get(statusPath(concertId))),
    ]);
    expect(polls.slice(0, 4).map((p) => p.json.status)).toEqual(["WAITING", "WAITING", "WAITING", "WAITING"]);
    expect(polls.slice(4).map((p) => [p.json.paused, p.json.active])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(await statuses(concertId)).toEqual({ 1: "EXPIRED", 2: "EXPIRED", 3: "WAITING", 4: "WAITING", 5: "WAITING", 6: "WAITING" });

    const resumed = await staff.post(controls(concertId), { paused: false, reason: "incident over" });
    expect(resumed.json.paused).toBe(false);
    expect(await statuses(concertId)).toEqual({ 1: "EXPIRED", 2: "EXPIRED", 3: "ACTIVE", 4: "ACTIVE", 5: "WAITING", 6: "WAITING" });
    await settle(); // the other instance's queue marks may be half a second old
    const [fifth, sixth] = await Promise.all(fans.slice(4).map((f) => f.client.get(`/api/v1/queue/tokens/${f.token}`)));
    expect([fifth!.json.position, sixth!.json.position]).toEqual([1, 2]);

    const audit = await getDb().auditLog.findMany({ where: { reason: { contains: "incident" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.reason.split(" — ")[0]])).toEqual([
      ["PAUSE_QUEUE", "payment provider incident"],
      ["RESUME_QUEUE", "incident over"],
    ]);
  }, 120_000);

  it("a new active limit is obeyed by both instances at once, and returns to the server's with null", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await line(concertId, 10);
    const raised = await staff.post(controls(concertId), { activeLimit: 5, reason: "venue gates open" });
    expect(raised.json).toMatchObject({ activeLimit: 5, effectiveActiveLimit: 5 });
    // The change admits at once, in order.
    expect(Object.values(await statuses(concertId)).filter((s) => s === "ACTIVE")).toHaveLength(5);
    await settle();
    // A slot freed through either instance goes to the next fan under the concert's limit, not the server's 2.
    await fans[0]!.client.delete(`/api/v1/queue/tokens/${fans[0]!.token}`);
    await fans[1]!.client.delete(`/api/v1/queue/tokens/${fans[1]!.token}`);
    const s = await statuses(concertId);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seq) => s[seq])).toEqual([
      "EXPIRED",
      "EXPIRED",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "WAITING",
      "WAITING",
      "WAITING",
    ]);
    const both = await Promise.all(servers.map((srv) => new ApiClient(srv.url).get(statusPath(concertId))));
    expect(both.map((r) => r.json.activeLimit)).toEqual([5, 5]);

    const back = await staff.post(controls(concertId), { activeLimit: null, claimSeconds: 30, reason: "back to normal" });
    expect(back.json).toMatchObject({ activeLimit: null, effectiveActiveLimit: LIMIT, claimSeconds: 30, effectiveClaimSeconds: 30 });
    const audit = await getDb().auditLog.findMany({
      where: { action: { in: ["SET_QUEUE_ACTIVE_LIMIT", "SET_QUEUE_CLAIM_SECONDS"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["SET_QUEUE_ACTIVE_LIMIT", "SET_QUEUE_ACTIVE_LIMIT", "SET_QUEUE_CLAIM_SECONDS"]);
    expect(audit[0]!.reason).toContain("venue gates open");
    expect(audit[1]!.reason).toContain("server default");
  }, 120_000);

  it("moves the opening only while it lies ahead; the shuffle's order is checked against its seed", async () => {
    const ahead = await makeSchedule(getDb(), { salesOpenAt: new Date(Date.now() + 10 * 60_000) });
    const later = new Date(Date.now() + 20 * 60_000).toISOString();
    const moved = await staff.post(controls(ahead.concertId), { salesOpenAt: later, reason: "artist delayed" });
    expect([moved.status, moved.json.salesOpenAt]).toEqual([200, later]);
    const past = await staff.post(controls(ahead.concertId), { salesOpenAt: new Date(Date.now() - 1000).toISOString(), reason: "typo" });
    expect([past.status, past.json.code]).toEqual([400, "VALIDATION_FAILED"]);
    const open = await makeSchedule(getDb());
    const refused = await staff.post(controls(open.concertId), { salesOpenAt: later, reason: "too late" });
    expect([refused.status, refused.json.code]).toEqual([409, "SALES_ALREADY_OPEN"]);
    expect(await getDb().auditLog.count({ where: { action: "MOVE_SALES_OPEN" } })).toBe(1);

    // Five fans in the pre-queue, the opening arrives, the first request shuffles.
    await line(ahead.concertId, 5);
    await getDb().concert.update({ where: { id: ahead.concertId }, data: { salesOpenAt: new Date() } });
    await settle();
    await new ApiClient(servers[1]!.url).get(statusPath(ahead.concertId));
    const after = (await staff.get(controls(ahead.concertId))).json as Json;
    expect(after.shuffle).toMatchObject({ preQueueSize: 5, verified: true, seed: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const refusedAfter = await staff.post(controls(ahead.concertId), { salesOpenAt: later, reason: "after opening" });
    expect(refusedAfter.json.code).toBe("SALES_ALREADY_OPEN");
    // A place changed by hand no longer follows from the seed, and the check says so.
    const [a, b] = await getDb().queueToken.findMany({ where: { concertId: ahead.concertId }, orderBy: { seq: "asc" }, take: 2 });
    await getDb().$transaction([
      getDb().queueToken.update({ where: { id: a!.id }, data: { seq: -1 } }),
      getDb().queueToken.update({ where: { id: b!.id }, data: { seq: a!.seq } }),
      getDb().queueToken.update({ where: { id: a!.id }, data: { seq: b!.seq } }),
    ]);
    expect((await staff.get(controls(ahead.concertId))).json.shuffle.verified).toBe(false);
  }, 120_000);
});
