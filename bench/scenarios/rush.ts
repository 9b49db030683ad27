/**
 * The rush: BENCH_RUSH_FANS (2,000) fans take tokens within one second, wait
 * their turn on the waiting-room page's own schedule (the public counter every
 * 2 s or 15 s, their token as often as the server says once the counter shows
 * them near the front, else every 30 s: lib/ui/counter-estimate.ts), and
 * once ACTIVE pick a date, read its seat map, hold a random free seat and pay.
 * Fans who find everything sold leave the queue; once the last seat is paid,
 * fans still waiting leave at their next wake-up (as a waiting-room page
 * showing "sold out" would make them). Reports time to sell out and each step.
 *
 * The big rush is the same journey for BENCH_BIG_RUSH_FANS (10,000) fans
 * arriving within BENCH_BIG_RUSH_ARRIVAL (5) seconds on dates of their own:
 * what it proves is zero 5xx and zero broken invariants at that crowd.
 */
import { randomUUID } from "node:crypto";
import { counterEstimate, counterReached, statusPollMs, tokenPollSeconds } from "../../lib/ui/counter-estimate";
import type { QueueStatus, QueueTokenView } from "../../lib/validations/queue";
import { ApiClient } from "../lib/client";
import type { SeededSchedule } from "../lib/seed";
import { percentile, Recorder } from "../lib/stats";
import type { Scenario, TargetContext } from "./types";

const STEPS = ["token", "poll", "status", "schedules", "seats", "hold", "pay", "leave"] as const;
type Step = (typeof STEPS)[number];
type Outcome = "bought" | "sold-out" | "left-waiting" | "gave-up" | "expired" | "timed-out" | "failed";

interface SeatView {
  id: string;
  status: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
/** ±20 % so that a crowd's timers do not fire in lockstep (browsers drift too). */
const jitter = (ms: number) => ms * (0.8 + Math.random() * 0.4);

/** Which crowd, on which concert. */
interface Crowd {
  fans: number;
  arrivalMs: number;
  concertId: string;
  schedules: SeededSchedule[];
  /** When fans still on their way count as timed out. */
  timeoutSec: number;
}

interface RushRun {
  ctx: TargetContext;
  crowd: Crowd;
  client: ApiClient;
  recs: Record<Step, Recorder>;
  deadline: number;
  totalSeats: number;
  sold: number;
  soldOutAt: number | null;
  started: number;
  /** Epoch ms at which a fan who had to wait first saw their token ACTIVE, by token. */
  sawAdmission: Map<string, number>;
}

async function buy(run: RushRun, fan: number, token: string): Promise<Outcome> {
  const { ctx, client, recs } = run;
  const cookie = ctx.cookies[fan];
  const { concertId } = run.crowd;
  for (let attempt = 0; attempt < 8 && Date.now() < run.deadline; attempt++) {
    const dates = await client.call<{ items: { id: string; soldOut: boolean; availableSeats: number }[] }>(
      recs.schedules,
      "GET",
      `/api/v1/concerts/${concertId}/schedules`,
    );
    const items = dates.json?.items ?? [];
    if (dates.status === 200 && items.length > 0 && items.every((d) => d.soldOut)) return "sold-out";
    const open = items.filter((d) => d.availableSeats > 0);
    if (open.length === 0) {
      await sleep(500); // Only held seats left: some may come back.
      continue;
    }
    const map = await client.call<{ seats: SeatView[] }>(recs.seats, "GET", `/api/v1/schedules/${pick(open).id}/seats`, {
      cookie,
      queueToken: token,
    });
    const free = (map.json?.seats ?? []).filter((s) => s.status === "AVAILABLE");
    if (free.length === 0) continue;
    const hold = await client.call<{ id: string; code?: string }>(recs.hold, "POST", "/api/v1/reservations", {
      cookie,
      queueToken: token,
      body: { seatId: pick(free).id },
    });
    if (hold.status === 409) continue; // Someone was faster: look again.
    if (hold.status !== 201 || !hold.json) return "failed";
    const pay = await client.call(recs.pay, "POST", "/api/v1/payments", {
      cookie,
      queueToken: token,
      body: { reservationId: hold.json.id },
      idempotencyKey: randomUUID(),
    });
    if (pay.status !== 201) return "failed";
    run.sold++;
    if (run.sold === run.totalSeats) run.soldOutAt = performance.now();
    return "bought";
  }
  return Date.now() < run.deadline ? "gave-up" : "timed-out";
}

/**
 * Waits for the fan's turn as the waiting-room page does: the public counter
 * on statusPollMs, the token on tokenPollSeconds (near the front as often as
 * the server says). Ends early when the dates sold out meanwhile.
 */
async function waitTurn(run: RushRun, cookie: string | undefined, first: QueueTokenView): Promise<QueueTokenView | Outcome> {
  const { client, recs } = run;
  const statusPath = `/api/v1/queue/concerts/${run.crowd.concertId}/status`;
  let view = first;
  let near = true;
  let nextStatus = Date.now();
  let nextToken = Date.now() + jitter(tokenPollSeconds(view, near) * 1000);
  while (view.status === "WAITING") {
    if (Date.now() > run.deadline) return "timed-out";
    await sleep(Math.max(0, Math.min(nextStatus, nextToken) - Date.now()));
    if (run.soldOutAt !== null) {
      await client.call(recs.leave, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
      return "left-waiting";
    }
    if (Date.now() >= nextStatus) {
      const res = await client.call<QueueStatus>(recs.status, "GET", statusPath, { cookie });
      nextStatus = Date.now() + jitter(statusPollMs(view.position));
      const wasNear = near;
      if (res.status === 200 && res.json) near = counterEstimate(view, res.json, null, Date.now()).near;
      // The page's token query picks up its new interval when `near` turns
      // true, and asks at once when the counter has passed the fan's number.
      if (near && !wasNear) nextToken = Math.min(nextToken, Date.now() + jitter(view.pollAfterSeconds * 1000));
      if (res.json && counterReached(view, res.json)) nextToken = Date.now();
    }
    if (Date.now() >= nextToken) {
      const res = await client.call<QueueTokenView>(recs.poll, "GET", `/api/v1/queue/tokens/${view.token}`, { cookie });
      if (res.status !== 200 || !res.json) return res.status === 401 ? "expired" : "failed";
      view = res.json;
      nextToken = Date.now() + jitter(tokenPollSeconds(view, near) * 1000);
    }
  }
  if (view.status === "ACTIVE") run.sawAdmission.set(view.token, Date.now());
  return view;
}

async function fanJourney(run: RushRun, fan: number): Promise<Outcome> {
  const { ctx, client, recs } = run;
  const cookie = ctx.cookies[fan];
  await sleep(Math.random() * run.crowd.arrivalMs);
  const first = await client.call<QueueTokenView>(recs.token, "POST", "/api/v1/queue/tokens", {
    cookie,
    body: { concertId: run.crowd.concertId },
  });
  if (!first.json?.token) return "failed";
  const view = await waitTurn(run, cookie, first.json);
  if (typeof view === "string") return view;
  if (view.status !== "ACTIVE") return "expired";
  const outcome = await buy(run, fan, view.token);
  // Fans who did not pay give their slot back; payment already expired the token.
  if (outcome !== "bought") await client.call(recs.leave, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
  return outcome;
}

/**
 * From a freed slot to the fan knowing: the token's activatedAt (written by
 * whichever request promoted it) to the moment the fan's page saw ACTIVE, for
 * fans who waited. Bench and servers share this machine's clock.
 */
async function admissionNoticed(ctx: TargetContext, saw: Map<string, number>) {
  const rows = await ctx.db.queueToken.findMany({
    where: { token: { in: [...saw.keys()] }, activatedAt: { not: null } },
    select: { token: true, activatedAt: true },
  });
  const ms = rows.map((r) => Math.max(0, saw.get(r.token)! - r.activatedAt!.getTime())).sort((a, b) => a - b);
  return { fans: ms.length, p50: Math.round(percentile(ms, 50)), p95: Math.round(percentile(ms, 95)), max: Math.round(ms.at(-1) ?? 0) };
}

function rushScenario(id: string, title: string, crowdOf: (ctx: TargetContext) => Crowd): Scenario {
  return {
    id,
    title,
    phase: "rush",
    kind: "flow",
    needs: [
      "POST /api/v1/queue/tokens",
      "GET /api/v1/queue/tokens/{token}",
      "GET /api/v1/schedules/{scheduleId}/seats",
      "POST /api/v1/reservations",
      "POST /api/v1/payments",
    ],
    async run(ctx) {
      const crowd = crowdOf(ctx);
      const fans = Array.from({ length: crowd.fans }, (_, i) => i);
      const recs = Object.fromEntries(STEPS.map((s) => [s, new Recorder()])) as Record<Step, Recorder>;
      const client = new ApiClient(ctx.url, 128);
      const run: RushRun = {
        ctx,
        crowd,
        client,
        recs,
        deadline: Date.now() + crowd.timeoutSec * 1000,
        totalSeats: crowd.schedules.reduce((n, s) => n + s.seats.length, 0),
        sold: 0,
        soldOutAt: null,
        started: performance.now(),
        sawAdmission: new Map(),
      };
      const outcomes = await Promise.all(fans.map((f) => fanJourney(run, f)));
      const ended = performance.now();
      await client.close();
      const all = new Recorder();
      for (const r of Object.values(recs)) {
        r.latencies.forEach((ms) => all.latencies.push(ms));
        for (const [s, k] of r.statuses) all.statuses.set(s, (all.statuses.get(s) ?? 0) + k);
        all.errors += r.errors;
      }
      const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
      const soldInDb = await ctx.db.seat.count({ where: { status: "SOLD", scheduleId: { in: crowd.schedules.map((s) => s.id) } } });
      const steps = Object.fromEntries(STEPS.map((s) => [s, recs[s].summary(ended - run.started)]));
      const noticed = await admissionNoticed(ctx, run.sawAdmission);
      return {
        summary: all.summary(ended - run.started),
        steps,
        extra: {
          fans: fans.length,
          seats: run.totalSeats,
          timeToSellOutMs: run.soldOutAt === null ? null : Math.round(run.soldOutAt - run.started),
          wallMs: Math.round(ended - run.started),
          bought: count("bought"),
          soldOutLeft: count("sold-out"),
          leftWaiting: count("left-waiting"),
          gaveUp: count("gave-up"),
          expired: count("expired"),
          timedOut: count("timed-out"),
          failed: count("failed"),
          admissionNoticedFans: noticed.fans,
          admissionNoticedP50Ms: noticed.p50,
          admissionNoticedP95Ms: noticed.p95,
          admissionNoticedMaxMs: noticed.max,
        },
        assertions: [
          {
            name: "sold out",
            ok: soldInDb === run.totalSeats && run.sold === run.totalSeats,
            detail: `${run.sold} paid by fans, ${soldInDb}/${run.totalSeats} SOLD in the database`,
          },
          {
            name: "no fan failed",
            ok: count("failed") === 0 && count("timed-out") === 0,
            detail: `${count("failed")} failed, ${count("timed-out")} timed out`,
          },
        ],
      };
    },
  };
}

export const rush = rushScenario("rush", "the rush: 2,000 fans buy out the dates", (ctx) => ({
  fans: ctx.cfg.rushFans,
  arrivalMs: 1000,
  concertId: ctx.data.rushConcertId,
  schedules: ctx.data.rushSchedules,
  timeoutSec: ctx.cfg.rushTimeoutSec,
}));

export const bigRush = rushScenario("big-rush", "the big rush: 10,000 fans arrive within 5 s", (ctx) => ({
  fans: ctx.cfg.bigRushFans,
  arrivalMs: ctx.cfg.bigRushArrivalSec * 1000,
  concertId: ctx.data.bigRushConcertId,
  schedules: ctx.data.bigRushSchedules,
  timeoutSec: ctx.cfg.bigRushTimeoutSec,
}));
