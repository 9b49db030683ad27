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
  status: true,
  expiresAt: true,
} as const;

export interface TokenRow {
  id: string;
  token: string;
  userId: string;
  concertId: string;
  seq: number;
  status: "WAITING" | "ACTIVE" | "EXPIRED";
  expiresAt: Date | null;
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
export async function waitingPosition(db: Tx | ReturnType<typeof getDb>, token: TokenRow, admittedSeq: number): Promise<number> {
  if (token.seq <= admittedSeq) return 1;
  const leftAhead = await db.queueToken.count({
    where: { concertId: token.concertId, leftWaiting: true, seq: { gt: admittedSeq, lt: token.seq } },
  });
  return Math.max(1, token.seq - admittedSeq - leftAhead);
}

export async function toTokenView(
  db: Tx | ReturnType<typeof getDb>,
  token: TokenRow,
  state: { admittedSeq: number; rateBaseSeq: number; rateSince: Date },
  settings: QueueSettings,
  now: Date,
  /** A waiting position already known (from cached queue marks). */
  knownPosition?: number,
): Promise<QueueTokenView> {
  const status = effectiveTokenStatus(token, now);
  const position = status !== "WAITING" ? 0 : (knownPosition ?? (await waitingPosition(db, token, state.admittedSeq)));
  return {
    token: token.token,
    concertId: token.concertId,
    status,
    position,
    aheadCount: Math.max(0, position - 1),
    estimatedWaitSeconds: estimateWaitSeconds(position, observedRate(state, now), settings),
    pollAfterSeconds: pollAfterSeconds(position, status),
    expiresAt: status === "ACTIVE" && token.expiresAt ? token.expiresAt.toISOString() : null,
  };
}
