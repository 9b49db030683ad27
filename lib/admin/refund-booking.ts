import "server-only";
import { getDb } from "../db";
import { forgetScheduleSeats } from "../holds/seat-rows";
import { AppError, isAppError } from "../errors";
import { moveBalance } from "../wallet/ledger";
import type { RefundResult } from "../validations/admin";
import { MAX_BALANCE } from "../validations/wallet";
import { endReservationAsStaff } from "./end-reservation-as-staff";

/**
 * Staff refund a confirmed booking, exactly once: in one transaction the
 * reservation becomes CANCELLED, the payment is marked refunded (once all
 * its seats are: a basket is refunded seat by seat), the seat
 * goes back on sale, a REFUND ledger row returns the amount paid to the
 * fan's wallet, and an audit row records who did it and why. A second
 * refund, sequential or concurrent, finds nothing CONFIRMED and gets
 * 409 RESERVATION_NOT_CONFIRMED.
 */
export async function refundBooking(actorId: string, reservationId: string, reason: string, now = new Date()): Promise<RefundResult> {
  const result = await getDb().$transaction(async (tx) => {
    await endReservationAsStaff(tx, {
      actorId,
      reservationId,
      from: "CONFIRMED",
      now,
      notInState: {
        code: "RESERVATION_NOT_CONFIRMED",
        message: "Only a confirmed booking can be refunded; this one is not (already refunded?).",
      },
    });
    const reservation = await tx.reservation.findUniqueOrThrow({
      where: { id: reservationId },
      select: { userId: true, seatId: true, price: true, payment: { select: { id: true, refundedAt: true } } },
    });
    if (!reservation.payment) throw new AppError("RESERVATION_NOT_CONFIRMED", "This booking has no payment to refund.");
    if (reservation.payment.refundedAt) throw new AppError("RESERVATION_NOT_CONFIRMED", "This payment was already refunded.");
    // Conditional write: puts back on sale only the seat this booking sold, never one already resold.
    const freed = await tx.seat.updateMany({
      where: { id: reservation.seatId, status: "SOLD" },
      data: { status: "AVAILABLE", holderId: null, heldUntil: null },
    });
    if (freed.count !== 1) throw new AppError("RESERVATION_NOT_CONFIRMED", "The seat of this booking is not sold; nothing to refund.");
    const { balance } = await moveBalance(tx, {
      userId: reservation.userId,
      // What this seat cost: a basket's payment covers several seats.
      delta: reservation.price,
      type: "REFUND",
      reservationId,
      max: MAX_BALANCE,
    }).catch((e: unknown) => {
      if (isAppError(e) && e.code === "INVALID_AMOUNT") {
        throw new AppError(
          "INVALID_AMOUNT",
          `The refund would take the fan's balance past ₩${MAX_BALANCE.toLocaleString("ko-KR")}; nothing changed.`,
        );
      }
      throw e;
    });
    // After moveBalance, whose lock on the fan's row makes parallel refunds of one basket take turns, so the last one
    // sees the others' seats cancelled: the payment counts as refunded once its last confirmed seat is.
    await tx.payment.updateMany({
      where: { id: reservation.payment.id, refundedAt: null, seats: { none: { status: "CONFIRMED" } } },
      data: { refundedAt: now },
    });
    await tx.auditLog.create({ data: { actorId, action: "REFUND", reservationId, reason } });
    return { reservationId, refundedAmount: reservation.price, balanceAfter: balance };
  });
  // This process's seat maps show the freed seat at once.
  forgetScheduleSeats();
  return result;
}
