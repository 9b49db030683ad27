/**
 * The waiting room over HTTP: one place per fan, strict FIFO, at most
 * QUEUE_ACTIVE_LIMIT active at once even with two instances promoting, and
 * every way a slot frees (payment, leaving, idle timeout) admits exactly the
 * next fan in line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { expectInvariants, joinQueue, makeFan } from "@/test/support/booking";
import type { ApiClient } from "@/test/support/client";
import { makeSchedule } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
let idle: AppServer;
const LIMIT = 10;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: String(LIMIT) };
  [a, b, idle] = (await startServers([env, env, { QUEUE_ACTIVE_LIMIT: "1", QUEUE_ACTIVE_TTL_SECONDS: "8" }])) as [
    AppServer,
    AppServer,
    AppServer,
  ];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), idle.stop()]);
});

type Fan = { id: string; client: ApiClient; token: string };

const status = (fan: Fan) => fan.client.get(`/api/v1/queue/tokens/${fan.token}`);

async function statuses(fans: Fan[]) {
  const views = await Promise.all(fans.map(async (f) => (await status(f)).json));
  return views as { status: string; position: number; token: string }[];
}

async function tokensInOrder(concertId: string): Promise<string[]> {
  const rows = await getDb().queueToken.findMany({ where: { concertId }, orderBy: { seq: "asc" }, select: { token: true, seq: true } });
  // Issue numbers are gapless: 1..n.
  expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  return rows.map((r) => r.token);
}

describe("waiting room", () => {
  it("100 fans at once, limit 10, two instances: exactly 10 ACTIVE, positions 1..90 in issue order; pay and leave admit exactly the next", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: 100 }, () => makeFan(getDb(), a.url, { balance: 500_000 })));
    const issued = await Promise.all(
      fans.map((f, i) => (i % 2 ? f.client.on(b.url) : f.client).post("/api/v1/queue/tokens", { concertId })),
    );
    expect(issued.map((r) => r.status)).toEqual(Array<number>(100).fill(201));
    const all: Fan[] = fans.map((f, i) => ({ ...f, token: issued[i]!.json.token as string }));

    const order = await tokensInOrder(concertId);
    const byToken = new Map(all.map((f) => [f.token, f]));
    const queue = order.map((t) => byToken.get(t)!);
    const views = await statuses(queue);
    expect(views.slice(0, LIMIT).map((v) => [v.status, v.position])).toEqual(Array(LIMIT).fill(["ACTIVE", 0]));
    expect(views.slice(LIMIT).map((v) => v.status)).toEqual(Array(90).fill("WAITING"));
    expect(views.slice(LIMIT).map((v) => v.position)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    await expectInvariants(getDb(), { activeLimit: LIMIT });

    // Asking again returns the same place (200), from either instance.
    const again = await queue[50]!.client.on(b.url).post("/api/v1/queue/tokens", { concertId });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ token: queue[50]!.token, position: 41 });

    // A payment frees one slot: exactly the first waiting fan is admitted.
    const payer = queue[0]!;
    const held = await payer.client.post("/api/v1/reservations", { seatId: seatIds[0] }, { "X-Queue-Token": payer.token });
    expect(held.status).toBe(201);
    const paid = await payer.client.post("/api/v1/payments", { reservationId: held.json.id }, { "X-Queue-Token": payer.token });
    expect(paid.status).toBe(201);
    let now = await statuses(queue);
    expect(now[0]!.status).toBe("EXPIRED");
    expect(now[LIMIT]!.status).toBe("ACTIVE");
    expect(now[LIMIT + 1]).toMatchObject({ status: "WAITING", position: 1 });
    expect(now.filter((v) => v.status === "ACTIVE")).toHaveLength(LIMIT);

    // Leaving while active frees a slot; leaving while waiting moves everyone behind up by one.
    expect((await queue[1]!.client.delete(`/api/v1/queue/tokens/${queue[1]!.token}`)).status).toBe(204);
    expect((await queue[20]!.client.delete(`/api/v1/queue/tokens/${queue[20]!.token}`)).status).toBe(204);
    now = await statuses(queue);
    expect(now[1]!.status).toBe("EXPIRED");
    expect(now[LIMIT + 1]!.status).toBe("ACTIVE");
    expect(now.filter((v) => v.status === "ACTIVE")).toHaveLength(LIMIT);
    const waiting = now.filter((v) => v.status === "WAITING");
    expect(waiting.map((v) => v.position)).toEqual(Array.from({ length: waiting.length }, (_, i) => i + 1));
    expect(waiting).toHaveLength(100 - 2 - LIMIT - 1);
    await expectInvariants(getDb(), { activeLimit: LIMIT });
  });

  it("estimates the wait and asks far-back fans to poll less often", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: 3 }, () => makeFan(getDb(), a.url)));
    const views = [];
    for (const f of fans) views.push((await f.client.post("/api/v1/queue/tokens", { concertId })).json);
    expect(views[0]).toMatchObject({ status: "ACTIVE", position: 0, estimatedWaitSeconds: 0 });
    expect(typeof views[0].expiresAt).toBe("string");
    expect(views[2]).toMatchObject({ status: "ACTIVE" });
    const lone = await makeFan(getDb(), a.url);
    const many = await Promise.all(Array.from({ length: 200 }, () => makeFan(getDb(), a.url)));
    const { concertId: busy } = await makeSchedule(getDb());
    for (let i = 0; i < many.length; i += 50) await Promise.all(many.slice(i, i + 50).map((f) => joinQueue(f.client, busy)));
    const back = (await lone.client.post("/api/v1/queue/tokens", { concertId: busy })).json;
    expect(back).toMatchObject({ status: "WAITING", position: 201 - LIMIT, aheadCount: 200 - LIMIT, expiresAt: null });
    expect(back.estimatedWaitSeconds).toBeGreaterThan(0);
    const front = (await (await makeFan(getDb(), a.url)).client.post("/api/v1/queue/tokens", { concertId: busy })).json;
    expect(front.pollAfterSeconds).toBeGreaterThanOrEqual(back.pollAfterSeconds);
    expect(back.pollAfterSeconds).toBeGreaterThan(2);
  });

  it("an idle ACTIVE token expires after QUEUE_ACTIVE_TTL_SECONDS and the next fan is admitted on their next poll", async () => {
    const { concertId, scheduleId } = await makeSchedule(getDb());
    const first = await makeFan(getDb(), idle.url);
    const second = await makeFan(getDb(), idle.url);
    const t1 = await joinQueue(first.client, concertId);
    const t2 = await joinQueue(second.client, concertId);
    expect((await second.client.get(`/api/v1/queue/tokens/${t2}`)).json).toMatchObject({ status: "WAITING", position: 1 });
    const { expiresAt } = (await first.client.get(`/api/v1/queue/tokens/${t1}`)).json;
    await new Promise((r) => setTimeout(r, new Date(expiresAt).getTime() - Date.now() + 200));
    expect((await second.client.get(`/api/v1/queue/tokens/${t2}`)).json).toMatchObject({ status: "ACTIVE", position: 0 });
    expect((await first.client.get(`/api/v1/queue/tokens/${t1}`)).json.status).toBe("EXPIRED");
    const seats = await first.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": t1 });
    expect(seats.status).toBe(401);
    expect(seats.json.code).toBe("QUEUE_TOKEN_EXPIRED");
    // An expired fan may queue again, at the back.
    const again = await first.client.post("/api/v1/queue/tokens", { concertId });
    expect(again.status).toBe(201);
    expect(again.json.token).not.toBe(t1);
  });

  it("gives each token failure of a booking call its contract code (seat map and hold alike), and a refused hold writes nothing", async () => {
    const { concertId, scheduleId, seatIds } = await makeSchedule(getDb());
    const { concertId: otherConcert } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: LIMIT + 2 }, () => makeFan(getDb(), a.url)));
    const tokens: string[] = [];
    for (const f of fans) tokens.push(await joinQueue(f.client, concertId));
    const me = fans[0]!;
    const seatsWith = (client: ApiClient, headers: Record<string, string>) => client.get(`/api/v1/schedules/${scheduleId}/seats`, headers);
    const holdWith = (client: ApiClient, headers: Record<string, string>, seat = seatIds[0]!) =>
      client.post("/api/v1/reservations", { seatId: seat }, headers);
    const expectCode = (res: { status: number; json: { code: string } }, s: number, code: string) =>
      expect([res.status, res.json.code]).toEqual([s, code]);
    const expectBoth = async (client: ApiClient, headers: Record<string, string>, s: number, code: string) => {
      expectCode(await seatsWith(client, headers), s, code);
      expectCode(await holdWith(client, headers), s, code);
    };

    await expectBoth(me.client, {}, 401, "QUEUE_TOKEN_MISSING");
    await expectBoth(me.client, { "X-Queue-Token": "nope" }, 401, "QUEUE_TOKEN_INVALID");
    await expectBoth(me.client, { "X-Queue-Token": tokens[1]! }, 401, "QUEUE_TOKEN_INVALID");
    await expectBoth(fans[LIMIT + 1]!.client, { "X-Queue-Token": tokens[LIMIT + 1]! }, 403, "QUEUE_TOKEN_NOT_ACTIVE");
    const other = await joinQueue(me.client, otherConcert);
    await expectBoth(me.client, { "X-Queue-Token": other }, 403, "QUEUE_TOKEN_WRONG_CONCERT");
    expect(await getDb().reservation.count({ where: { scheduleId } })).toBe(0);
    expect((await seatsWith(me.client, { "X-Queue-Token": tokens[0]! })).status).toBe(200);
    expect((await holdWith(me.client, { "X-Queue-Token": tokens[0]! })).status).toBe(201);
    // The web UI's cookie works too; the header wins when both are sent.
    me.client.cookies.set("sp_queue", encodeURIComponent(JSON.stringify({ [concertId]: tokens[0] })));
    expect((await seatsWith(me.client, {})).status).toBe(200);
    expect((await holdWith(me.client, {}, seatIds[1])).status).toBe(201);
    await expectBoth(me.client, { "X-Queue-Token": "nope" }, 401, "QUEUE_TOKEN_INVALID");
    me.client.cookies.delete("sp_queue");
    expect((await me.client.delete(`/api/v1/queue/tokens/${tokens[0]}`)).status).toBe(204);
    await expectBoth(me.client, { "X-Queue-Token": tokens[0]! }, 401, "QUEUE_TOKEN_EXPIRED");
    expect(await getDb().reservation.count({ where: { scheduleId } })).toBe(2);
    // Owner only, and sign-in required.
    expect((await fans[1]!.client.get(`/api/v1/queue/tokens/${tokens[0]}`)).status).toBe(404);
    expect((await fans[1]!.client.post("/api/v1/queue/tokens", { concertId: "no-such-concert" })).status).toBe(404);
    expect((await fans[1]!.client.post("/api/v1/queue/tokens", { concert: 1 })).json.code).toBe("VALIDATION_FAILED");
  });
});
