import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { returnSeat } from "../payments/return-seat";
import type { RefundResult } from "../validations/admin";
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
    // The full price back: staff refunds keep no fee.
    const { price, balanceAfter } = await returnSeat(tx, { reservationId, refund: (paid) => paid, now });
    await tx.auditLog.create({ data: { actorId, action: "REFUND", reservationId, reason } });
    return { reservationId, refundedAmount: price, balanceAfter };
  });
  // This process's seat maps show the freed seat at once.
  changed("seats", undefined);
  return result;
}
