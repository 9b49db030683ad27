import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";

/**
 * Ends every session of a user on every instance: the session version in the
 * database moves on, so each JWT issued before no longer counts (at once on
 * this instance, within SESSION_CHECK_SECONDS on the others). Returns false
 * when there is no such user.
 */
export async function signOutEverywhere(userId: string): Promise<boolean> {
  // An increment, not a read-then-write: two sign-outs at once both end every older session.
  const { count } = await getDb().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  changed("account", userId);
  return count === 1;
}
