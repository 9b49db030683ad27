import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import { requireActiveToken } from "../queue/require-active-token";

/** A fan gives back a seat they hold (owner only); the seat is free at once. */
export async function releaseHold(userId: string, reservationId: string, token: string | undefined): Promise<void> {
  const db = getDb();
  const reservation = await db.reservation.findFirst({
    where: { id: reservationId, userId },
    select: { id: true, seatId: true, scheduleId: true, schedule: { select: { concertId: true } } },
  });
  if (!reservation) throw new AppError("NOT_FOUND", "No such reservation.");
  await requireActiveToken(userId, token, reservation.schedule.concertId);
  const now = new Date();
  await db.$transaction(async (tx) => {
    // Conditional write: closes the race with a payment or the hold running out.
    const released = await tx.reservation.updateMany({
      where: { id: reservationId, userId, status: "HELD", heldUntil: { gt: now } },
      data: { status: "CANCELLED", endedAt: now },
    });
    if (released.count !== 1) throw new AppError("RESERVATION_NOT_HELD", "This seat is no longer on hold.");
    await tx.seat.updateMany({
      where: { id: reservation.seatId, status: "HELD", holderId: userId },
      data: { status: "AVAILABLE", holderId: null, heldUntil: null },
    });
  });
  changed("seats", reservation.scheduleId);
}
