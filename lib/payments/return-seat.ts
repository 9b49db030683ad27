import "server-only";
import type { Tx } from "../db";
import { AppError, isAppError } from "../errors";
import { formatMoney } from "../format/money";
import { moveBalance } from "../wallet/ledger";
import { MAX_BALANCE } from "../validations/wallet";

/**
 * The second half of every refund (staff refund, fan self-cancellation),
 * inside the caller's transaction, after the caller's conditional write
 * moved the reservation from CONFIRMED to CANCELLED: the seat goes back on
 * sale, a REFUND ledger row returns `refund` won to the fan's wallet (the
 * rest of the price, a fee, stays revenue), and the payment counts as
 * refunded once its last confirmed seat is.
 */
export async function returnSeat(
  tx: Tx,
  input: { reservationId: string; refund: (price: number) => number; now: Date },
): Promise<{ price: number; refunded: number; balanceAfter: number }> {
  const { reservationId, now } = input;
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
  const refunded = input.refund(reservation.price);
  const { balance } = await moveBalance(tx, {
    userId: reservation.userId,
    delta: refunded,
    type: "REFUND",
    reservationId,
    max: MAX_BALANCE,
  }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "INVALID_AMOUNT") {
      throw new AppError("INVALID_AMOUNT", `The refund would take the balance past ${formatMoney(MAX_BALANCE, "en")}; nothing changed.`);
    }
    throw e;
  });
  // After moveBalance, whose lock on the fan's row makes parallel refunds of one basket take turns, so the last one
  // sees the others' seats cancelled: the payment counts as refunded once its last confirmed seat is.
  await tx.payment.updateMany({
    where: { id: reservation.payment.id, refundedAt: null, seats: { none: { status: "CONFIRMED" } } },
    data: { refundedAt: now },
  });
  return { price: reservation.price, refunded, balanceAfter: balance };
}
