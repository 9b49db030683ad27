import "server-only";
import { getSql } from "../db";

/**
 * Conditional on the claim window still running and nobody having claimed:
 * a promotion expiring this lapsed admission at the same moment wins or
 * loses cleanly, and parallel claims of one fan write once.
 */
const CLAIM = `UPDATE "QueueToken" SET "claimedAt" = $2, "expiresAt" = "activeUntil"
WHERE "token" = $1 AND "status" = 'ACTIVE' AND "claimedAt" IS NULL AND "expiresAt" > $2
RETURNING "expiresAt"`;

/**
 * Claims an admission: a fan who is present (any request with the token: a
 * poll, the seat map, a hold) turns the short claim window of a fresh
 * admission (QUEUE_CLAIM_SECONDS) into the full active time counted from the
 * admission. An admission nobody claims runs out at the end of its window
 * and the slot goes to the next in line (promote.ts). Returns the token's new
 * expiry, or null when there was nothing to claim (claimed already, lapsed,
 * not ACTIVE). Never inside another transaction: it runs on the fast path.
 */
export async function claimAdmission(value: string | undefined, now: Date): Promise<Date | null> {
  if (!value) return null;
  const [row] = await getSql().rows<{ expiresAt: Date }>(CLAIM, [value, now]);
  return row?.expiresAt ?? null;
}

/** Claims when the loaded row says there is something to claim, and returns the row as it now is. */
export async function claimIfUnclaimed<T extends { token: string; status: string; claimedAt: Date | null; expiresAt: Date | null }>(
  token: T,
  now: Date,
): Promise<T> {
  if (token.status !== "ACTIVE" || token.claimedAt || !token.expiresAt || token.expiresAt <= now) return token;
  const expiresAt = await claimAdmission(token.token, now);
  return expiresAt ? { ...token, claimedAt: now, expiresAt } : token;
}
