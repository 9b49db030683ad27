import "server-only";
import type { Tx } from "../db";
import { getDb } from "../db";
import type { QueueTokenView } from "../validations/queue";
import { estimateWaitSeconds, observedRate, pollAfterSeconds } from "./estimates";
import type { QueueSettings } from "./settings";

export const tokenSelect = {
  id: true,
  token: true,
  userId: true,
  concertId: true,
  seq: true,
  joinSeq: true,
  status: true,
  expiresAt: true,
  claimedAt: true,
} as const;

export interface TokenRow {
  id: string;
  token: string;
  userId: string;
  concertId: string;
  seq: number;
  /** The join number of a pre-queued token, set by the shuffle; null for the others (and before it). */
  joinSeq: number | null;
  status: "WAITING" | "ACTIVE" | "EXPIRED";
  expiresAt: Date | null;
  /** When the fan claimed their admission; null while waiting or before the claim. */
  claimedAt: Date | null;
}

/** An ACTIVE token past its TTL is expired, whatever its row says yet. */
export function effectiveTokenStatus(token: Pick<TokenRow, "status" | "expiresAt">, now: Date): TokenRow["status"] {
  if (token.status === "ACTIVE" && token.expiresAt && token.expiresAt <= now) return "EXPIRED";
  return token.status;
}

/**
 * A waiting fan's position without counting the queue: every token up to the
 * concert's admitted mark has been admitted or has left, so the tokens ahead
 * are the issue numbers between the mark and mine, less the few that left
 * while waiting (an index range over departures only).
 */
type RateState = { admittedSeq: number; rateBaseSeq: number; rateSince: Date };

export async function waitingPosition(db: Tx | ReturnType<typeof getDb>, token: TokenRow, admittedSeq: number): Promise<number> {
  if (token.seq <= admittedSeq) return 1;
  const leftAhead = await db.queueToken.count({
    where: { concertId: token.concertId, leftWaiting: true, seq: { gt: admittedSeq, lt: token.seq } },
  });
  return Math.max(1, token.seq - admittedSeq - leftAhead);
}

/** A token as the API shows it; `position` counts only while it is WAITING. */
export function tokenView(token: TokenRow, state: RateState, settings: QueueSettings, now: Date, position: number): QueueTokenView {
  const status = effectiveTokenStatus(token, now);
  const place = status === "WAITING" ? position : 0;
  return {
    token: token.token,
    concertId: token.concertId,
    status,
    issueNumber: token.seq,
    position: place,
    aheadCount: Math.max(0, place - 1),
    estimatedWaitSeconds: estimateWaitSeconds(place, observedRate(state, now), settings),
    pollAfterSeconds: pollAfterSeconds(place, status),
    expiresAt: status === "ACTIVE" && token.expiresAt ? token.expiresAt.toISOString() : null,
    preQueue: null,
  };
}

/** The view with an exact position counted in the database (issuing a token, once per fan; polls use the marks). */
export async function toTokenView(
  db: Tx | ReturnType<typeof getDb>,
  token: TokenRow,
  state: RateState,
  settings: QueueSettings,
  now: Date,
): Promise<QueueTokenView> {
  const waiting = effectiveTokenStatus(token, now) === "WAITING";
  return tokenView(token, state, settings, now, waiting ? await waitingPosition(db, token, state.admittedSeq) : 0);
}

/**
 * A fan in the pre-queue of a sale not yet open: no place exists until the
 * shuffle, so the view gives the pre-queue's size where the place would be
 * (the furthest back the fan can land) and a wait to the opening plus the
 * middle place's. Polls are spread over a few seconds after the opening.
 */
export function preQueueView(
  token: Pick<TokenRow, "token" | "concertId" | "seq">,
  size: number,
  salesOpenAt: Date,
  settings: QueueSettings,
  now: Date,
): QueueTokenView {
  const place = Math.max(1, size);
  const untilOpen = Math.max(0, Math.ceil((salesOpenAt.getTime() - now.getTime()) / 1000));
  return {
    token: token.token,
    concertId: token.concertId,
    status: "WAITING",
    issueNumber: place,
    position: place,
    aheadCount: place - 1,
    estimatedWaitSeconds: untilOpen + estimateWaitSeconds(Math.ceil(place / 2), null, settings),
    pollAfterSeconds: Math.min(30, untilOpen + 1 + (token.seq % 5)),
    expiresAt: null,
    preQueue: { size: place, salesOpenAt: salesOpenAt.toISOString() },
  };
}
