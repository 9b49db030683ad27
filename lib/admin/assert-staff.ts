import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";

/**
 * Re-checks, inside the action's own transaction, that the actor is still
 * ADMIN in the database. The session JWT can be a week old; a demoted or
 * deleted staff account must not move money with it.
 */
export async function assertStaff(tx: Tx, actorId: string): Promise<void> {
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true } });
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Staff only.");
}
