import "server-only";
import { changed } from "../cache/changes";
import { AppError } from "../errors";
import { idempotent, type IdempotentResult } from "../idempotency/idempotent";
import { returnSeat } from "../payments/return-seat";
import type { CancelResult } from "../validations/tickets";
import { quoteCancellation } from "./quote-cancellation";

/**
 * A fan cancels one bought seat under the fee schedule, exactly once: in one
 * transaction the reservation becomes CANCELLED keeping its fee (revenue),
 * the seat goes back on sale, a REFUND row returns price − fee, the ticket
 * is void (its status), and an audit row records it. A second cancel,
 * sequential or parallel, finds nothing CONFIRMED: 409
 * RESERVATION_NOT_CONFIRMED; with the same Idempotency-Key it replays the
 * first answer instead. Too late (or a used ticket): 409 CANCELLATION_CLOSED.
 */
export async function cancelBooking(input: {
  userId: string;
  reservationId: string;
  idempotencyKey?: string;
  now?: Date;
}): Promise<IdempotentResult<CancelResult>> {
  const { userId, reservationId } = input;
  const now = input.now ?? new Date();
  let fee = 0;
  const result = await idempotent<CancelResult>(
    { userId, scope: "reservations.cancel", key: input.idempotencyKey, request: { reservationId } },
    async (tx) => {
      // Conditional write: closes the race with a double click, a parallel cancel, a staff refund and a gate's check-in
      // (which moves the same row first; then the check-in below is visible and this one refuses).
      const ended = await tx.reservation.updateMany({
        where: { id: reservationId, userId, status: "CONFIRMED" },
        data: { status: "CANCELLED", endedAt: now, cancellationFee: fee },
      });
      if (ended.count !== 1)
        throw new AppError("RESERVATION_NOT_CONFIRMED", "Only a confirmed booking can be cancelled; this one is not (already cancelled?).");
      if (await tx.checkIn.findUnique({ where: { reservationId }, select: { id: true } })) {
        throw new AppError("CANCELLATION_CLOSED", "This ticket was already used at the door.");
      }
      const { price, refunded, balanceAfter } = await returnSeat(tx, { reservationId, refund: (paid) => paid - fee, now });
      await tx.auditLog.create({ data: { actorId: userId, action: "CANCEL", reservationId, reason: `Cancelled by the fan; fee ${fee}` } });
      return { status: 200, body: { reservationId, status: "CANCELLED", price, fee, refundedAmount: refunded, balanceAfter } };
    },
    // Before the transaction (not on a replay), so its first statement is the conditional write (SQLite's write lock).
    async () => {
      const quote = await quoteCancellation(userId, reservationId, now);
      if (quote.status === "HELD") throw new AppError("RESERVATION_NOT_CONFIRMED", "A seat on hold is not bought yet; release it instead.");
      if (!quote.cancellable) {
        throw new AppError(
          "CANCELLATION_CLOSED",
          "This booking can no longer be cancelled (the show is too close or over, or the ticket was used).",
        );
      }
      fee = quote.fee ?? 0;
    },
  );
  // This process's seat maps show the freed seat at once.
  if (!result.replayed) changed("seats", undefined);
  return result;
}
