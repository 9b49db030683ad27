import "server-only";
import { getDb, type Tx } from "../db";
import { AppError } from "../errors";
import { forgetScheduleSeats } from "../holds/seat-rows";
import { idempotent, type IdempotentResult } from "../idempotency/idempotent";
import { promoteQueue } from "../queue/promote";
import { requireActiveToken, type QueueTokenSource } from "../queue/require-active-token";
import { queueSettings } from "../queue/settings";
import { moveBalance } from "../wallet/ledger";
import { MAX_BALANCE } from "../validations/wallet";
import type { PaymentResult } from "../validations/payments";

interface PayInput {
  userId: string;
  reservationId: string;
  tokens: QueueTokenSource;
  idempotencyKey?: string;
}

/** Why a reservation can no longer be paid: 410 when its timer ran out, else 409. */
async function notPayable(tx: Tx, reservationId: string, now: Date): Promise<AppError> {
  const r = await tx.reservation.findUniqueOrThrow({ where: { id: reservationId }, select: { status: true, heldUntil: true } });
  const ranOut = r.status === "EXPIRED" || (r.status === "HELD" && (!r.heldUntil || r.heldUntil <= now));
  return ranOut
    ? new AppError("RESERVATION_EXPIRED", "The hold ran out before payment. The seat has been released.")
    : new AppError("RESERVATION_NOT_HELD", `This reservation is already ${r.status.toLowerCase()}.`);
}

type Payable = Awaited<ReturnType<typeof findPayable>>;

async function findPayable(userId: string, reservationId: string) {
  const reservation = await getDb().reservation.findFirst({
    where: { id: reservationId, userId },
    select: { id: true, seatId: true, price: true, scheduleId: true, schedule: { select: { concertId: true } } },
  });
  if (!reservation) throw new AppError("NOT_FOUND", "No such reservation.");
  return reservation;
}

/**
 * Pays for a held seat, all in one transaction: the balance drops by the
 * price, the seat is SOLD, the reservation CONFIRMED, a PAYMENT ledger row and
 * a payment record are written, and the fan's queue token expires; then the
 * next fan in line is admitted. Paid before the hold's deadline → CONFIRMED;
 * after → 410 and no money moves. A double click pays once.
 */
export async function payReservation(input: PayInput): Promise<IdempotentResult<PaymentResult>> {
  const { userId, reservationId } = input;
  let found: Payable | undefined;
  const result = await idempotent<PaymentResult>(
    { userId, scope: "payment", key: input.idempotencyKey, request: { reservationId } },
    async (tx) => {
      const reservation = found!;
      const concertId = reservation.schedule.concertId;
      const now = new Date();
      // Conditional write: the deadline is compared in the database, so pay-vs-expiry and double pays have one outcome.
      const confirmed = await tx.reservation.updateMany({
        where: { id: reservationId, userId, status: "HELD", heldUntil: { gt: now } },
        data: { status: "CONFIRMED", confirmedAt: now },
      });
      if (confirmed.count !== 1) throw await notPayable(tx, reservationId, now);
      // Checked after the reservation, so a second click gets 409 RESERVATION_NOT_HELD, not a token error.
      const token = await requireActiveToken(userId, input.tokens, concertId, now, tx);
      const { balance } = await moveBalance(tx, { userId, delta: -reservation.price, type: "PAYMENT", reservationId, max: MAX_BALANCE });
      const sold = await tx.seat.updateMany({
        where: { id: reservation.seatId, status: "HELD", holderId: userId },
        data: { status: "SOLD", heldUntil: null },
      });
      if (sold.count !== 1) throw new AppError("RESERVATION_NOT_HELD", "This seat is no longer held for you.");
      const payment = await tx.payment.create({
        data: { userId, reservationId, amount: reservation.price, paidAt: now },
        select: { id: true, paidAt: true },
      });
      await tx.queueToken.updateMany({ where: { id: token.id, status: "ACTIVE" }, data: { status: "EXPIRED", endedAt: now } });
      return {
        status: 201,
        body: { id: payment.id, reservationId, amount: reservation.price, paidAt: payment.paidAt.toISOString(), balance },
      };
    },
    // Not for a replay: a key reused with another body is 422 even when that reservation does not exist.
    async () => {
      found = await findPayable(userId, reservationId);
    },
  );
  if (!found || result.replayed) return result;
  // The freed slot goes to the next fan now; the sweep covers a crash right here.
  forgetScheduleSeats(found.scheduleId);
  await promoteQueue(found.schedule.concertId, queueSettings());
  return result;
}
