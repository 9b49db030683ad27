import type { QueueStatus, QueueTokenView } from "@/lib/validations/queue";

/** No admission seen for this long while fans wait (and staff have not paused): the line is stalled. */
export const STALLED_AFTER_MS = 60_000;

/**
 * How often a waiting page reads the public counter: every 2 s for the first
 * 1,000 in line (their turn is minutes away at most), every 15 s behind them.
 * The counter is cached for a second at the CDN, so this schedule is what the
 * bench's "fans kept fresh" figure assumes (bench/scenarios/queue-status.ts).
 */
export const FRONT_OF_LINE = 1_000;
export function statusPollMs(position: number, streaming = false): number {
  if (streaming) return STREAMING_POLL_MS;
  return position <= FRONT_OF_LINE ? 2_000 : 15_000;
}

/** While the counter is pushed (use-queue-stream.ts) the page still reads it this often, as a safety net. */
export const STREAMING_POLL_MS = 30_000;

/**
 * Fans near the front (the same first 1,000 that poll every 2 s) follow the
 * counter's push instead; behind them a 15 s poll of the cached counter is
 * fresh enough and costs the origin nothing behind a CDN, where a stream
 * would hold a socket on an app server for each of them.
 */
export function wantsStream(view: Pick<QueueTokenView, "status" | "preQueue" | "position">): boolean {
  return view.status === "WAITING" && !view.preQueue && view.position <= FRONT_OF_LINE;
}

/** How often a fan far from the front asks for their own token: the public counter carries them in between. */
export const FAR_POLL_SECONDS = 30;

/**
 * Seconds until a waiting page asks for its token again: as often as the
 * server says near the front (and in the pre-queue), every 30 s behind.
 */
export function tokenPollSeconds(view: Pick<QueueTokenView, "pollAfterSeconds" | "preQueue">, near: boolean): number {
  return near || view.preQueue ? view.pollAfterSeconds : Math.max(view.pollAfterSeconds, FAR_POLL_SECONDS);
}

/** The counter has passed the fan's number: they are admitted (or left), so the token is worth asking for now. */
export function counterReached(view: QueueTokenView, status: QueueStatus | undefined): boolean {
  return status !== undefined && view.status === "WAITING" && !view.preQueue && status.servingSeq >= view.issueNumber;
}

export interface CounterEstimate {
  /** Close enough to the front that the fan's own token is worth asking for as often as the server says. */
  near: boolean;
  /** Fans ahead: the tighter of two upper bounds, the token's last count and the counter's (which ignores departures). */
  ahead: number;
  waitSeconds: number;
  stalled: boolean;
  paused: boolean;
}

/**
 * The waiting room's estimate from the public counter and the fan's issue
 * number, without asking for the token: "about N ahead", a wait at the
 * observed admission rate, and honesty when the line has not moved for a
 * while (stalled: the estimate is widened) or staff have paused it.
 */
export function counterEstimate(
  view: QueueTokenView,
  status: QueueStatus | undefined,
  lastMovedAt: number | null,
  now: number,
): CounterEstimate {
  const paused = status?.paused ?? false;
  if (!status || view.preQueue || view.status !== "WAITING") {
    return { near: true, ahead: view.aheadCount, waitSeconds: view.estimatedWaitSeconds, stalled: false, paused };
  }
  const ahead = Math.min(view.aheadCount, Math.max(0, view.issueNumber - status.servingSeq - 1));
  const near = status.servingSeq >= view.issueNumber || ahead < Math.max(10, status.activeLimit);
  const stalled = !paused && status.waiting > 0 && lastMovedAt !== null && now - lastMovedAt > STALLED_AFTER_MS;
  const perSecond = status.admissionsPerMinute / 60;
  const base = perSecond > 0 ? Math.ceil((ahead + 1) / perSecond) : view.estimatedWaitSeconds;
  return { near, ahead, waitSeconds: stalled ? base * 2 : base, stalled, paused };
}
