import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { StaffReservation } from "../validations/admin";
import { assertStaff } from "./assert-staff";
import { loadStaffReservation } from "./load-staff-reservation";

/**
 * Staff release a stuck hold: the reservation becomes CANCELLED and the seat
 * AVAILABLE, with an audit row, all in one transaction. Only a HELD
 * reservation can be released (409 RESERVATION_NOT_HELD otherwise).
 */
export async function releaseHold(actorId: string, reservationId: string, reason: string, now = new Date()): Promise<StaffReservation> {
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
    const reservation = await loadStaffReservation(tx, reservationId);
    // Frees the seat only while it is still this fan's hold: never touches a seat someone else now holds or bought.
    await tx.seat.updateMany({
      where: { id: reservation.seatId, status: "HELD", holderId: reservation.userId },
      data: { status: "AVAILABLE", holderId: null, heldUntil: null },
    });
    await tx.auditLog.create({ data: { actorId, action: "RELEASE_HOLD", reservationId, reason } });
    const { userId: _u, seatId: _s, ...view } = reservation;
    return view;
  });
}
