import "server-only";
import type { Tx } from "../db";
import { AppError, type FieldError } from "../errors";
import { requireActiveToken } from "../queue/require-active-token";
import { moveBalance } from "../wallet/ledger";
import { MAX_BALANCE } from "../validations/wallet";
import type { BasketPaymentResult } from "../validations/payments";

export interface BasketSeat {
  reservationId: string;
  seatId: string;
  price: number;
  seat: { id: string; number: number; label: string; tier: string };
}

export interface Basket {
  userId: string;
  concertId: string;
  /** In the order the fan sent them; the first is the payment's `reservationId`. */
  seats: BasketSeat[];
  /** The fan's queue token for the concert, as the edge chose it. */
  token: string | undefined;
  bookingNumber: string;
}

/** Why the basket cannot be paid, naming each seat that failed (null if none): 410 if any hold ran out, else 409. */
async function whyNotPayable(tx: Tx, basket: Basket, now: Date): Promise<AppError | null> {
  const ids = basket.seats.map((s) => s.reservationId);
  const rows = await tx.reservation.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, heldUntil: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  const labels: string[] = [];
  let ranOut = false;
  basket.seats.forEach((s, i) => {
    const r = byId.get(s.reservationId)!;
    if (r.status === "HELD" && r.heldUntil && r.heldUntil > now) return;
    const expired = r.status === "EXPIRED" || r.status === "HELD";
    ranOut ||= expired;
    const why = expired ? "the hold ran out" : `already ${r.status.toLowerCase()}`;
    labels.push(s.seat.label);
    errors.push({ path: `reservationIds.${i}`, message: `Seat ${s.seat.label} (${s.reservationId}): ${why}.` });
  });
  if (errors.length === 0) return null;
  const code = ranOut ? "RESERVATION_EXPIRED" : "RESERVATION_NOT_HELD";
  // A one-seat payment keeps contract v1's exact wording and no field list.
  if (basket.seats.length === 1) {
    return ranOut
      ? new AppError(code, "The hold ran out before payment. The seat has been released.")
      : new AppError(code, `This reservation is already ${byId.get(ids[0]!)!.status.toLowerCase()}.`);
  }
  const detail = ranOut
    ? `The hold on seat ${labels.join(", ")} ran out before payment. Nothing was charged; your other seats are still held.`
    : `Seat ${labels.join(", ")} is no longer held for payment. Nothing was charged.`;
  return new AppError(code, detail, { errors });
}

/**
 * The body of a payment, inside its transaction: every seat of the basket is
 * confirmed, charged (one PAYMENT ledger row per seat), sold and linked to
 * one payment record, and the queue token is spent once, or nothing is.
 */
export async function confirmBasket(tx: Tx, basket: Basket, now: Date): Promise<BasketPaymentResult> {
  const { userId, seats } = basket;
  const ids = seats.map((s) => s.reservationId);
  // First write locks the fan: one fan's payments run one at a time, so two baskets sharing a seat never interleave (nor deadlock).
  await tx.user.updateMany({ where: { id: userId }, data: { lockVersion: { increment: 1 } } });
  // Read before writing, so the answer names exactly the seats that were not payable.
  const refused = await whyNotPayable(tx, basket, now);
  if (refused) throw refused;
  // Conditional write: the deadline is compared in the database, so pay-vs-expiry, staff releases and double pays
  // have one outcome for the whole basket (a miss rolls every seat back).
  const confirmed = await tx.reservation.updateMany({
    where: { id: { in: ids }, userId, status: "HELD", heldUntil: { gt: now } },
    data: { status: "CONFIRMED", confirmedAt: now },
  });
  if (confirmed.count !== ids.length) {
    throw new AppError("RESERVATION_NOT_HELD", "A seat of this basket changed while paying. Nothing was charged; try again.");
  }
  // Checked after the reservations, so a second click gets 409 RESERVATION_NOT_HELD, not a token error.
  const token = await requireActiveToken(userId, basket.token, basket.concertId, now, tx);
  let balance = 0;
  for (const s of seats) {
    ({ balance } = await moveBalance(tx, { userId, delta: -s.price, type: "PAYMENT", reservationId: s.reservationId, max: MAX_BALANCE }));
  }
  // Conditional write: only seats still held by this fan are sold (a staff release in between fails the whole payment).
  const sold = await tx.seat.updateMany({
    where: { id: { in: seats.map((s) => s.seatId) }, status: "HELD", holderId: userId },
    data: { status: "SOLD", heldUntil: null },
  });
  if (sold.count !== seats.length) throw new AppError("RESERVATION_NOT_HELD", "A seat of this basket is no longer held for you.");
  const amount = seats.reduce((sum, s) => sum + s.price, 0);
  const payment = await tx.payment.create({
    data: { userId, reservationId: ids[0]!, bookingNumber: basket.bookingNumber, amount, paidAt: now },
    select: { id: true, paidAt: true },
  });
  await tx.reservation.updateMany({ where: { id: { in: ids } }, data: { paymentId: payment.id } });
  await tx.queueToken.updateMany({ where: { id: token.id, status: "ACTIVE" }, data: { status: "EXPIRED", endedAt: now } });
  return {
    id: payment.id,
    reservationId: ids[0]!,
    reservationIds: ids,
    bookingNumber: basket.bookingNumber,
    amount,
    paidAt: payment.paidAt.toISOString(),
    balance,
    seats: seats.map((s) => ({ ...s.seat, reservationId: s.reservationId, price: s.price, status: "CONFIRMED" as const })),
  };
}
