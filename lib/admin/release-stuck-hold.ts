import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { reservationSelect, toReservationView } from "../reservations/reservation-view";
import type { ReservationView } from "../validations/reservations";
import { endReservationAsStaff } from "./end-reservation-as-staff";

/**
 * Staff release a stuck hold: the reservation becomes CANCELLED and the seat
 * AVAILABLE, with an audit row, all in one transaction. Any HELD reservation
 * can be released, run-out or not (409 RESERVATION_NOT_HELD otherwise).
 */
export async function releaseStuckHold(actorId: string, reservationId: string, reason: string, now = new Date()): Promise<ReservationView> {
  const result = await getDb().$transaction(async (tx) => {
    await endReservationAsStaff(tx, {
      actorId,
      reservationId,
      from: "HELD",
      now,
      notInState: { code: "RESERVATION_NOT_HELD", message: "This reservation is no longer held, so there is nothing to release." },
    });
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
  // This process's seat maps show the freed seat at once.
  changed("seats", undefined);
  return result;
}
