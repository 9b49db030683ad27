import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { SignOutResult } from "../validations/admin";
import { assertStaff } from "./assert-staff";

/**
 * Staff "sign this fan out everywhere" (a stolen phone, a shared password):
 * every session of the user ends on every instance within
 * SESSION_CHECK_SECONDS, with an audit row, in one transaction.
 */
export async function signOutFan(actorId: string, userId: string, reason: string): Promise<SignOutResult> {
  await getDb().$transaction(async (tx) => {
    await assertStaff(tx, actorId);
    // An increment, not a read-then-write: a sign-in racing this gets either version, never a lost bump.
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such user.");
    await tx.auditLog.create({ data: { actorId, action: "SIGN_OUT_USER", reservationId: null, reason: `${reason} (user ${userId})` } });
  });
  changed("account", userId);
  return { userId, signedOut: true };
}
