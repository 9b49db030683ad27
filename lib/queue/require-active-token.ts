import "server-only";
import { getSql, type Tx } from "../db";
import { AppError } from "../errors";
import { effectiveTokenStatus, tokenSelect, type TokenRow } from "./token-view";

const TOKEN_BY_VALUE = `SELECT "id", "token", "userId", "concertId", "seq", "joinSeq", "status", "expiresAt", "claimedAt" FROM "QueueToken" WHERE "token" = $1`;

/**
 * Loads a token row by value (null when there is no value or no such token).
 * Every booking call and poll starts here, so it runs on the fast path
 * (lib/db/sql.ts); inside a Prisma transaction it reads through that
 * transaction instead.
 */
export async function findToken(value: string | undefined, tx?: Tx): Promise<TokenRow | null> {
  if (!value) return null;
  if (tx) return tx.queueToken.findUnique({ where: { token: value }, select: tokenSelect });
  const [row] = await getSql().rows<TokenRow>(TOKEN_BY_VALUE, [value]);
  return row ?? null;
}

/** The fields of a token that decide whether it admits a booking call. */
export type TokenCheck = Pick<TokenRow, "userId" | "concertId" | "status" | "expiresAt">;

/** Checks a loaded token against the caller and the concert; each failure has its contract code. */
export function assertActiveToken<T extends TokenCheck>(
  token: T | null,
  value: string | undefined,
  userId: string,
  concertId: string,
  now: Date,
): T {
  if (!value) throw new AppError("QUEUE_TOKEN_MISSING", "Join the waiting room first: this call needs a queue token.");
  if (!token || token.userId !== userId) throw new AppError("QUEUE_TOKEN_INVALID", "This queue token is not valid.");
  if (token.concertId !== concertId) throw new AppError("QUEUE_TOKEN_WRONG_CONCERT", "This queue token is for another concert.");
  const status = effectiveTokenStatus(token, now);
  if (status === "EXPIRED") throw new AppError("QUEUE_TOKEN_EXPIRED", "Your turn in the waiting room has ended. Join the queue again.");
  if (status === "WAITING") throw new AppError("QUEUE_TOKEN_NOT_ACTIVE", "You are still in the waiting room.");
  return token;
}

/**
 * Admits a booking call only with the caller's own ACTIVE token for the
 * concert. Each failure has its contract code. The token is a plain value:
 * which one applies (header, cookie, the fan's live token) is settled at the
 * edge (lib/http/queue-token.ts, lib/http/queue-cookie.ts).
 */
export async function requireActiveToken(
  userId: string,
  token: string | undefined,
  concertId: string,
  now = new Date(),
  tx?: Tx,
): Promise<TokenRow> {
  return assertActiveToken(await findToken(token, tx), token, userId, concertId, now);
}
