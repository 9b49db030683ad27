import "server-only";
import type { Tx } from "../db";
import { AppError, type ErrorCode } from "../errors";
import { assertStaff } from "./assert-staff";

/**
 * The opening of every staff action, inside its transaction: move the
 * reservation from `from` to CANCELLED with a conditional write (the first
 * statement, so on SQLite the write lock is held before anything is read),
 * re-check the actor's role in the database, then explain a miss as 404 or
 * the action's 409. Nothing is written unless all three pass.
 */
export async function endReservationAsStaff(
  tx: Tx,
  input: {
    actorId: string;
    reservationId: string;
    from: "HELD" | "CONFIRMED";
    now: Date;
    notInState: { code: ErrorCode; message: string };
  },
): Promise<void> {
  const { actorId, reservationId, from, now, notInState } = input;
  // Conditional write: closes the race with a second click, a parallel request, the fan paying or the sweeper;
  // the loser waits on the row lock and then matches nothing.
  const ended = await tx.reservation.updateMany({
    where: { id: reservationId, status: from },
    data: { status: "CANCELLED", endedAt: now },
  });
  await assertStaff(tx, actorId);
  if (ended.count === 1) return;
  const exists = await tx.reservation.findUnique({ where: { id: reservationId }, select: { id: true } });
  throw exists ? new AppError(notInState.code, notInState.message) : new AppError("NOT_FOUND", "No such reservation.");
}
