/**
 * The chaos rush: each fan joins the queue, waits its turn, reads the dates
 * and a seat map, holds a free seat and pays with an Idempotency-Key — the
 * bench's rush journey, but as a client that survives an outage: a request
 * that got no answer, or a 503, is sent again after Retry-After (a payment
 * with the same key, so it can never pay twice). A hold whose answer was lost
 * is found again in the fan's own HELD reservations. Every 201 payment a fan
 * saw is kept, to be checked against the database afterwards.
 */
import { randomUUID } from "node:crypto";
import type { ApiClient, CallOptions, CallResult } from "../lib/client";
import type { TokenView } from "../scenarios/tokens";
import { Tally } from "./tally";

/** "timed-out": ACTIVE but no seat by the deadline; "waited-out": still WAITING at the deadline. */
export type Outcome = "bought" | "sold-out" | "left-waiting" | "expired" | "timed-out" | "waited-out" | "failed";

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
  deadline: number;
  sold: number;
  soldOut: boolean;
  payments: SeenPayment[];
  /** A fan's unexpected answers ("POST /payments → 409 RESERVATION_NOT_HELD"), counted. */
  failures: Record<string, number>;
  /** Fans who had to fall back on GET /reservations to find a hold whose answer was lost. */
  recoveredHolds: number;
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

/** Sends until the app answers with something other than 503 (or the rush's deadline); `retried` says whether it had to. */
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
    if (!again || Date.now() > run.deadline) return { ...res, retried };
    retried = true;
    const after = Number(res.headers["retry-after"]);
    await sleep((Number.isFinite(after) && after > 0 ? Math.min(after, 5) * 1000 : 500) * (0.5 + Math.random()));
  }
}

/** An answer the journey cannot go on from; still unanswered (or busy) at the deadline is a time-out, not a failure. */
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

async function buy(run: RushState, fan: number, token: string): Promise<Outcome> {
  const cookie = run.cookies[fan]!;
  while (Date.now() < run.deadline) {
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
    if (map.status === 401) return "expired";
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
      if (hold.status === 401) return "expired";
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
    return fail(run, "POST payments", pay);
  }
  return "timed-out";
}

export async function fanJourney(run: RushState, fan: number, rampMs: number): Promise<Outcome> {
  const cookie = run.cookies[fan]!;
  await sleep(Math.random() * rampMs);
  const first = await persist<TokenView>(run, "POST", "/api/v1/queue/tokens", { cookie, body: { concertId: run.concertId } });
  if (!first.json?.token) return fail(run, "POST queue/tokens", first);
  let view: TokenView = first.json;
  while (view.status === "WAITING") {
    if (Date.now() > run.deadline) return "waited-out";
    await sleep(Math.min(3, Math.max(0.25, view.pollAfterSeconds || 1)) * 1000 * (0.8 + Math.random() * 0.4));
    if (run.soldOut) {
      await persist(run, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
      return "left-waiting";
    }
    const res = await persist<TokenView>(run, "GET", `/api/v1/queue/tokens/${view.token}`, { cookie });
    if (res.status === 401) return "expired";
    if (res.status !== 200 || !res.json) return fail(run, "GET queue/tokens/{token}", res);
    view = res.json;
  }
  if (view.status !== "ACTIVE") return "expired";
  const outcome = await buy(run, fan, view.token);
  // Fans who did not pay give their slot back; a payment already expired the token.
  if (outcome !== "bought") await persist(run, "DELETE", `/api/v1/queue/tokens/${view.token}`, { cookie });
  return outcome;
}
