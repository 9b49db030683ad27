/**
 * A scheduled sale: joins wait in a pre-queue until salesOpenAt, then the
 * pre-queue is shuffled exactly once (whichever of many parallel requests
 * on two instances comes first) into places 1..n that follow from the
 * stored seed, and later joiners queue behind in arrival order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { shuffledPlaces } from "@/lib/queue/seeded-shuffle";
import { makeFan } from "@/test/support/booking";
import type { ApiClient, Json } from "@/test/support/client";
import { makeSchedule } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

const LIMIT = 5;
let servers: AppServer[];
beforeAll(async () => {
  servers = await startServers([{ QUEUE_ACTIVE_LIMIT: String(LIMIT) }, { QUEUE_ACTIVE_LIMIT: String(LIMIT) }]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const statusPath = (concertId: string) => `/api/v1/queue/concerts/${concertId}/status`;
/** Longer than the controls' per-process cache (lib/queue/queue-controls.ts), so both instances read the new opening. */
const controlsCacheMs = 1_100;

async function fans(n: number, offset = 0): Promise<{ id: string; client: ApiClient }[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => makeFan(getDb(), servers[(i + offset) % 2]!.url)));
}

/** Runs `fn` over items, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map((x, k) => fn(x, i + k)))));
  return out;
}

describe("a scheduled opening", () => {
  it("refuses joins before the pre-queue window with 409 QUEUE_NOT_OPEN and says when it opens", async () => {
    const { concertId } = await makeSchedule(getDb(), { salesOpenAt: minutes(120) });
    const [fan] = await fans(1);
    const res = await fan!.client.post("/api/v1/queue/tokens", { concertId });
    expect([res.status, res.json.code]).toEqual([409, "QUEUE_NOT_OPEN"]);
    expect(await getDb().queueToken.count({ where: { concertId } })).toBe(0);
    const status = (await fan!.client.get(statusPath(concertId))).json;
    expect(status).toMatchObject({ phase: "BEFORE_PRE_QUEUE", preQueueSize: 0, shuffledAt: null, waiting: 0 });
    expect(Date.parse(status.salesOpenAt) - Date.parse(status.preQueueOpensAt)).toBe(30 * 60_000);
  });

  it("300 fans on two instances: one shuffle under 20 parallel triggers, places 1..300 from the seed, later joiners behind in order", async () => {
    const { concertId } = await makeSchedule(getDb(), { salesOpenAt: minutes(10) });
    const early = await fans(300);
    const joined = await inBatches(early, 30, (f) => f.client.post("/api/v1/queue/tokens", { concertId }));
    expect(joined.map((r) => r.status)).toEqual(early.map(() => 201));
    // No number yet: "in the pre-queue" with its size.
    for (const r of joined) {
      expect(r.json).toMatchObject({ status: "WAITING", preQueue: { size: expect.any(Number) } });
      expect(r.json.position).toBe(r.json.preQueue.size);
    }
    const tokens = joined.map((r) => r.json.token as string);
    // Each instance's queue marks may be half a second old (lib/queue/queue-marks.ts): let them count everyone.
    await new Promise((r) => setTimeout(r, controlsCacheMs));
    const polled = await Promise.all(early.slice(0, 10).map((f, i) => f.client.get(`/api/v1/queue/tokens/${tokens[i]}`)));
    for (const p of polled) expect(p.json).toMatchObject({ status: "WAITING", position: 300, issueNumber: 300, preQueue: { size: 300 } });
    expect((await early[0]!.client.get(statusPath(concertId))).json).toMatchObject({
      phase: "PRE_QUEUE",
      preQueueSize: 300,
      servingSeq: 0,
    });
    const joinOrder = new Map(
      (await getDb().queueToken.findMany({ where: { concertId }, select: { token: true, seq: true } })).map((t) => [t.token, t.seq]),
    );
    expect([...joinOrder.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));

    // The opening arrives; 20 requests race to be the first after it, on both instances.
    await getDb().concert.update({ where: { id: concertId }, data: { salesOpenAt: new Date() } });
    await new Promise((r) => setTimeout(r, controlsCacheMs));
    const triggers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? early[i]!.client.get(statusPath(concertId)) : early[i]!.client.get(`/api/v1/queue/tokens/${tokens[i]}`),
      ),
    );
    expect(triggers.map((t) => t.status)).toEqual(triggers.map(() => 200));

    const counter = await getDb().queueCounter.findUniqueOrThrow({ where: { concertId } });
    expect(counter.preQueueSize).toBe(300);
    expect(counter.shuffledAt).not.toBeNull();
    const places = shuffledPlaces(counter.shuffleSeed!, 300);
    const rows = await getDb().queueToken.findMany({ where: { concertId }, select: { token: true, seq: true, joinSeq: true } });
    // Exactly one shuffle: each token's join number is the one it took, and its place is the seed's.
    for (const row of rows) {
      expect(row.joinSeq).toBe(joinOrder.get(row.token));
      expect(row.seq).toBe(places[row.joinSeq! - 1]);
    }
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));

    // Later joiners: behind the whole pre-queue, in the order they came, on either instance.
    const late = await fans(20);
    const lateViews: Json[] = [];
    for (const f of late) lateViews.push((await f.client.post("/api/v1/queue/tokens", { concertId })).json);
    expect(lateViews.map((v) => v.issueNumber)).toEqual(Array.from({ length: 20 }, (_, i) => 301 + i));
    expect(lateViews.map((v) => [v.preQueue, v.position])).toEqual(lateViews.map((_, i) => [null, 301 + i - LIMIT]));

    // Every place is exact through the per-token endpoint: the first LIMIT places admitted, the rest in line.
    const everyone = [
      ...early.map((f, i) => ({ f, token: tokens[i]! })),
      ...late.map((f, i) => ({ f, token: lateViews[i].token as string })),
    ];
    const seqOf = new Map(
      (await getDb().queueToken.findMany({ where: { concertId }, select: { token: true, seq: true } })).map((t) => [t.token, t.seq]),
    );
    const views = await inBatches(everyone, 40, ({ f, token }) => f.client.get(`/api/v1/queue/tokens/${token}`));
    views.forEach((v, i) => {
      const seq = seqOf.get(everyone[i]!.token)!;
      expect(v.json.issueNumber).toBe(seq);
      expect(v.json.preQueue).toBeNull();
      if (seq <= LIMIT) expect(v.json.status).toBe("ACTIVE");
      else expect([v.json.status, v.json.position]).toEqual(["WAITING", seq - LIMIT]);
    });
    const status = (await late[0]!.client.get(statusPath(concertId))).json;
    expect(status).toMatchObject({
      phase: "OPEN",
      preQueueSize: 300,
      servingSeq: LIMIT,
      waiting: 320 - LIMIT,
      shuffledAt: counter.shuffledAt!.toISOString(),
    });
  }, 240_000);
});
