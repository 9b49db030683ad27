/**
 * The chaos rush: each fan joins the queue, waits its turn, reads the dates
 * and a seat map, holds a free seat and pays with an Idempotency-Key — the
 * bench's rush journey, but as a client that survives an outage: a request
 * that got no answer, or a 503, is sent again after Retry-After (a payment
 * with the same key, so it can never pay twice). A hold whose answer was lost
 * is found again in the fan's own HELD reservations. Every 201 payment a fan
 * saw is kept, to be checked against the database afterwards.
 *
 * When fans give up decides whether a run passes, so no clock does: a fan
 * stops when the seats are sold out (as the database says, RushState.soldOut),
 * on an answer it should not have had (a failure), or when the runner's hang
 * guard ends a rush that made no progress for minutes (RushState.stalled, a
 * failure too). A fan whose turn ran out joins the queue again, as a real fan
 * would, so a slow machine makes the run longer, never different.
 */
import { randomUUID } from "node:crypto";
import type { ApiClient, CallOptions, CallResult } from "../lib/client";
import type { TokenView } from "../scenarios/tokens";
import { Tally } from "./tally";

/** "timed-out": ACTIVE but no seat when the hang guard ended the rush; "waited-out": still WAITING then. */
export type Outcome = "bought" | "sold-out" | "left-waiting" | "timed-out" | "waited-out" | "failed";

export interface SeenPayment {
  userId: string;
  paymentId: string;
  reservationId: string;
}

export interface RushState {
  client: ApiClient;
  tally: Tally;
  cookies: string[];
  userIds: string[];
  concertId: string;
  totalSeats: number;
  /** Seats the fans saw a 201 payment for. */
  sold: number;
  /** Seats SOLD in the database, as the runner's watch last read it (answers can lag behind the commits). */
  soldInDb: number;
  /** Every seat is SOLD in the database (set by the runner's watch, and by the fans' own count). */
  soldOut: boolean;
  /** The hang guard gave up on the rush: no seat sold and no fan done for CHAOS_STALL_SECONDS. */
  stalled: boolean;
  /** performance.now() of the last seat sold or fan done (the hang guard's clock). */
  lastProgress: number;
  /** The victim is down or starting again: the hang guard waits (the restart has its own limit). */
  restarting: boolean;
  payments: SeenPayment[];
  /** A fan's unexpected answers ("POST /payments → 409 RESERVATION_NOT_HELD"), counted. */
  failures: Record<string, number>;
  /** Fans who had to fall back on GET /reservations to find a hold whose answer was lost. */
  recoveredHolds: number;
  /** Fans who joined the queue again after their turn ran out (401 QUEUE_TOKEN_EXPIRED or an EXPIRED token). */
  rejoins: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

type Method = "GET" | "POST" | "DELETE";

async function once<T>(run: RushState, method: Method, path: string, opts: CallOptions): Promise<CallResult<T>> {
  const started = performance.now();
  const res = await run.client.call<T>(null, method, path, opts);
  run.tally.add(res, started, performance.now());
  return res;
}

/** Sends until the app answers with something other than 503 (or the hang guard gives up); `retried` says whether it had to. */
async function persist<T>(
  run: RushState,
  method: Method,
  path: string,
  opts: CallOptions = {},
): Promise<CallResult<T> & { retried: boolean }> {
  let retried = false;
  for (;;) {
    const res = await once<T>(run, method, path, opts);
    const again = Tally.unanswered(res) || res.status === 503;
    if (!again || run.stalled) return { ...res, retried };
    retried = true;
    const after = Number(res.headers["retry-after"]);
    await sleep((Number.isFinite(after) && after > 0 ? Math.min(after, 5) * 1000 : 500) * (0.5 + Math.random()));
  }
}

/** An answer the journey cannot go on from; still unanswered (or busy) when the hang guard gave up is a time-out. */
function fail(run: RushState, what: string, res: CallResult<unknown>): Outcome {
  if (Tally.unanswered(res) || res.status === 503) return "timed-out";
  const code = (res.json as { code?: string } | null)?.code ?? "";
  const key = `${what} → ${res.status} ${code}`.trim();
  run.failures[key] = (run.failures[key] ?? 0) + 1;
  return "failed";
}

/** The fan's own live hold on `seatId`, when the answer to its hold was lost but the hold was made. */
async function findHold(run: RushState, cookie: string, seatId: string): Promise<string | null> {
  const mine = await persist<{ items: { id: string; seat: { id: string } }[] }>(run, "GET", "/api/v1/reservations?status=HELD", { cookie });
  return mine.json?.items?.find((r) => r.seat.id === seatId)?.id ?? null;
}

/** The turn ran out: the fan joins the queue again. */
const turnEnded = (res: CallResult<unknown>) =>
  res.status === 401 && (res.json as { code?: string } | null)?.code === "QUEUE_TOKEN_EXPIRED";

/** One turn: "expired" when it ran out before the fan paid (the caller joins again). */
async function buy(run: RushState, fan: number, token: string): Promise<Outcome | "expired"> {
  const cookie = run.cookies[fan]!;
  while (!run.stalled) {
    if (run.soldOut) return "sold-out";
    const dates = await persist<{ items: { id: string; soldOut: boolean; availableSeats: number }[] }>(
      run,
      "GET",
      `/api/v1/concerts/${run.concertId}/schedules`,
    );
    if (dates.status !== 200) return fail(run, "GET schedules", dates);
    const items = dates.json?.items ?? [];
    if (items.length > 0 && items.every((d) => d.soldOut)) return "sold-out";
    const open = items.filter((d) => d.availableSeats > 0);
    if (open.length === 0) {
      await sleep(500); // Only held seats left: orphaned or unpaid holds run out.
      continue;
    }
    const map = await persist<{ seats: { id: string; status: string }[] }>(run, "GET", `/api/v1/schedules/${pick(open).id}/seats`, {
      cookie,
      queueToken: token,
    });
    if (turnEnded(map)) return "expired";
    if (map.status !== 200) return fail(run, "GET seats", map);
    const free = (map.json?.seats ?? []).filter((s) => s.status === "AVAILABLE");
    if (free.length === 0) continue;
    const seatId = pick(free).id;
    const hold = await persist<{ id: string }>(run, "POST", "/api/v1/reservations", { cookie, queueToken: token, body: { seatId } });
    let reservationId = hold.status === 201 ? (hold.json?.id ?? null) : null;
    if (!reservationId && hold.status === 409 && hold.retried) {
      reservationId = await findHold(run, cookie, seatId);
      if (reservationId) run.recoveredHolds++;
    }
    if (!reservationId) {
      if (hold.status === 409) continue; // Someone was faster: look again.
      if (turnEnded(hold)) return "expired";
      return fail(run, "POST reservations", hold);
    }
    const pay = await persist<{ id: string; reservationId: string }>(run, "POST", "/api/v1/payments", {
      cookie,
      queueToken: token,
      body: { reservationId },
      idempotencyKey: randomUUID(),
    });
    if (pay.status === 201 && pay.json) {
      run.payments.push({ userId: run.userIds[fan]!, paymentId: pay.json.id, reservationId: pay.json.reservationId });
      run.sold++;
      if (run.sold >= run.totalSeats) run.soldOut = true;
      return "bought";
    }
    if (pay.status === 410) continue; // The hold ran out while the fan waited for an answer.
    if (turnEnded(pay)) return "expired"; // Its hold is orphaned and runs out.
    return fail(run, "POST payments", pay);
  }
  return "timed-out";
}

/** One turn in the queue: join, wait to be admitted, buy; "expired" when the turn ran out. */
async function turn(run: RushState, fan: number): Promise<Outcome | "expired"> {
  const cookie = run.cookies[fan]!;
  const first = await persist<TokenView>(run, "POST", "/api/v1/queue/tokens", { cookie, body: { concertId: run.concertId } });
  if (!first.json?.token) return fail(run, "POST queue/tokens", first);
  let view: TokenView = first.json;
  while (view.status === "WAITING") {
    if (run.stalled) return "waited-out";
    await sleep(Math.min(3, Math.max(0.25, view.pollAfterSeconds || 1)) * 1000 * (0.8 + Math.random() * 0.4));
    if (run.soldOut) {
      await persist(run, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
      return "left-waiting";
    }
    const res = await persist<TokenView>(run, "GET", `/api/v1/queue/tokens/${view.token}`, { cookie });
    if (turnEnded(res)) return "expired";
    if (res.status !== 200 || !res.json) return fail(run, "GET queue/tokens/{token}", res);
    view = res.json;
  }
  if (view.status !== "ACTIVE") return "expired";
  const outcome = await buy(run, fan, view.token);
  // Fans who did not pay give their slot back; a payment already expired the token.
  if (outcome !== "bought") await persist(run, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
  return outcome;
}

export async function fanJourney(run: RushState, fan: number, rampMs: number): Promise<Outcome> {
  await sleep(Math.random() * rampMs);
  for (;;) {
    const outcome = await turn(run, fan);
    if (outcome !== "expired") return outcome;
    if (run.soldOut) return "sold-out";
    if (run.stalled) return "timed-out";
    run.rejoins++;
  }
}
