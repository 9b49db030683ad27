import "server-only";
import type { Tx } from "../db";
import type { StaffReservation } from "../validations/admin";

/** One reservation in the fan-facing shape, read inside a staff action's transaction. */
export async function loadStaffReservation(tx: Tx, id: string): Promise<StaffReservation & { userId: string; seatId: string }> {
  const r = await tx.reservation.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      userId: true,
      seatId: true,
      status: true,
      scheduleId: true,
      price: true,
      heldUntil: true,
      confirmedAt: true,
      seat: { select: { id: true, number: true, label: true } },
      schedule: { select: { concertId: true, startsAt: true, concert: { select: { title: true } } } },
    },
  });
  return {
    id: r.id,
    userId: r.userId,
    seatId: r.seatId,
    status: r.status,
    scheduleId: r.scheduleId,
    concertId: r.schedule.concertId,
    concertTitle: r.schedule.concert.title,
    startsAt: r.schedule.startsAt.toISOString(),
    seat: r.seat,
    price: r.price,
    heldUntil: r.heldUntil?.toISOString() ?? null,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
  };
}
