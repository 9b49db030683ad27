import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { reservationSelect, toReservationView } from "../reservations/reservation-view";
import type { ReservationView } from "../validations/reservations";
import { assertStaff } from "./assert-staff";

/**
 * Staff release a stuck hold: the reservation becomes CANCELLED and the seat
 * AVAILABLE, with an audit row, all in one transaction. Any HELD reservation
 * can be released, run-out or not (409 RESERVATION_NOT_HELD otherwise).
 */
export async function releaseStuckHold(actorId: string, reservationId: string, reason: string, now = new Date()): Promise<ReservationView> {
  return getDb().$transaction(async (tx) => {
    // Conditional write first: closes the race with the fan paying, the sweeper expiring it, or a second release.
    const ended = await tx.reservation.updateMany({
      where: { id: reservationId, status: "HELD" },
      data: { status: "CANCELLED", endedAt: now },
    });
    await assertStaff(tx, actorId);
    if (ended.count !== 1) {
      const exists = await tx.reservation.findUnique({ where: { id: reservationId }, select: { id: true } });
      throw exists
        ? new AppError("RESERVATION_NOT_HELD", "This reservation is no longer held, so there is nothing to release.")
        : new AppError("NOT_FOUND", "No such reservation.");
    }
    const row = await tx.reservation.findUniqueOrThrow({
      where: { id: reservationId },
      select: { ...reservationSelect, userId: true, seatId: true },
    });
    // Frees the seat only while it is still this fan's hold: never a seat someone else now holds or bought.
    await tx.seat.updateMany({
      where: { id: row.seatId, status: "HELD", holderId: row.userId },
      data: { status: "AVAILABLE", holderId: null, heldUntil: null },
    });
    await tx.auditLog.create({ data: { actorId, action: "RELEASE_HOLD", reservationId, reason } });
    return toReservationView(row, now);
  });
}
