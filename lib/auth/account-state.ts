/**
 * What a session may do is read from the database, not the week-old JWT: the
 * user's current role and session version (bumped by sign-out and by staff's
 * "sign out everywhere"). Each process keeps the answer for
 * SESSION_CHECK_SECONDS, so a revoked session or a demoted admin stops working
 * on every instance within that many seconds, at one primary-key read per
 * user per interval (fast path, lib/db/sql.ts).
 */
import "server-only";
import { onChange } from "../cache/changes";
import { TtlCache } from "../cache/ttl-cache";
import { getSql } from "../db";
import { env } from "../env";

export interface AccountState {
  role: "USER" | "ADMIN";
  sessionVersion: number;
}

const states = new TtlCache<AccountState | null>(env.SESSION_CHECK_SECONDS * 1000, 50_000);

async function load(userId: string): Promise<AccountState | null> {
  const rows = await getSql().rows<AccountState>('SELECT "role", "sessionVersion" FROM "User" WHERE "id" = $1', [userId]);
  const row = rows[0];
  return row ? { role: row.role, sessionVersion: Number(row.sessionVersion) } : null;
}

/** The user's role and session version, at most SESSION_CHECK_SECONDS old (null: the account is gone). */
export function accountState(userId: string): Promise<AccountState | null> {
  if (env.SESSION_CHECK_SECONDS === 0) return load(userId);
  return states.get(userId, () => load(userId));
}

// This process changed the user's sessions or role: forget what it remembered at once.
onChange("account", (userId) => states.delete(userId));
