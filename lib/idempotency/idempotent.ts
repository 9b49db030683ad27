import "server-only";
import { createHash } from "node:crypto";
import { getDb, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored response of an earlier request with the same key. */
  replayed?: boolean;
}

interface Scope {
  userId: string;
  /** Which operation the key belongs to, e.g. "wallet.charge". */
  scope: string;
  key: string | undefined;
  /** What makes two requests "the same": compared by hash. */
  request: unknown;
}

const hashOf = (scope: string, request: unknown) => createHash("sha256").update(scope).update(JSON.stringify(request)).digest("hex");

function replay<T>(record: { requestHash: string; statusCode: number; responseBody: string }, hash: string): IdempotentResult<T> {
  if (record.requestHash !== hash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used for a different request.");
  }
  return { status: record.statusCode, body: JSON.parse(record.responseBody) as T, replayed: true };
}

/**
 * Runs a money-moving operation in one transaction, at most once per
 * (user, scope, Idempotency-Key). The key is claimed by inserting its record
 * first: a concurrent duplicate blocks on the unique index until the first
 * commits, then fails and replays the stored response. A failed operation
 * rolls its claim back, so the client may retry with the same key.
 *
 * `firstAttempt` runs only when the key has no stored response yet, before
 * the work: checks that must not apply to a replay (the reservation exists,
 * the rate limit), so a replay, or a reused key, answers as the contract says.
 */
export async function idempotent<T>(
  scope: Scope,
  work: (tx: Tx) => Promise<IdempotentResult<T>>,
  firstAttempt?: () => Promise<void>,
): Promise<IdempotentResult<T>> {
  const db = getDb();
  if (!scope.key) {
    await firstAttempt?.();
    return db.$transaction(work);
  }
  const hash = hashOf(scope.scope, scope.request);
  const where = { userId_scope_key: { userId: scope.userId, scope: scope.scope, key: scope.key } };
  const existing = await db.idempotencyRecord.findUnique({ where });
  if (existing) return replay<T>(existing, hash);
  try {
    await firstAttempt?.();
  } catch (e) {
    // A parallel duplicate may have committed since the read above, and its
    // change is why this check refused (the booking is cancelled, the seat
    // paid): the duplicate gets the winner's answer, not the refusal.
    const winner = await db.idempotencyRecord.findUnique({ where });
    if (winner) return replay<T>(winner, hash);
    throw e;
  }
  try {
    return await db.$transaction(async (tx) => {
      // Claim the key before any work (closes the race between duplicate requests).
      const claim = await tx.idempotencyRecord.create({
        data: { userId: scope.userId, scope: scope.scope, key: scope.key!, requestHash: hash, statusCode: 0, responseBody: "" },
        select: { id: true },
      });
      const result = await work(tx);
      await tx.idempotencyRecord.update({
        where: { id: claim.id },
        data: { statusCode: result.status, responseBody: JSON.stringify(result.body) },
      });
      return result;
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.idempotencyRecord.findUnique({ where });
    if (!winner) throw e;
    return replay<T>(winner, hash);
  }
}
