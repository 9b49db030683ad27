/**
 * Bookings made the way a fan makes them, through the real domain functions:
 * a queue token, a hold, a payment. Staff tests start from these, so a refund
 * undoes exactly what a real payment did.
 */
import { holdSeat } from "../../lib/holds/hold-seat";
import { payBasket } from "../../lib/payments/pay-basket";
import { payReservation } from "../../lib/payments/pay-reservation";
import { issueToken } from "../../lib/queue/issue-token";

const settings = { activeLimit: 1_000, activeTtlSeconds: 600, claimSeconds: 60 };

/** Holds a seat for the fan (admitting them to the queue first). */
export async function holdAs(
  userId: string,
  concertId: string,
  seatId: string,
): Promise<{ reservationId: string; token: string; price: number }> {
  const { view } = await issueToken(userId, concertId, settings);
  if (view.status !== "ACTIVE") throw new Error(`fixture: token not admitted (${view.status})`);
  const held = await holdSeat(userId, seatId, view.token);
  return { reservationId: held.id, token: view.token, price: held.price };
}

/** Holds and pays for a seat; returns the confirmed reservation and what was paid. */
export async function buyAs(
  userId: string,
  concertId: string,
  seatId: string,
): Promise<{ reservationId: string; paymentId: string; price: number }> {
  const { reservationId, token } = await holdAs(userId, concertId, seatId);
  const paid = await payReservation({ userId, reservationId, token });
  return { reservationId, paymentId: paid.body.id, price: paid.body.amount };
}

/** Holds several seats of one date and pays them in one payment (a basket). */
export async function buyBasketAs(
  userId: string,
  concertId: string,
  seatIds: string[],
): Promise<{ reservationIds: string[]; paymentId: string; amount: number }> {
  const { view } = await issueToken(userId, concertId, settings);
  if (view.status !== "ACTIVE") throw new Error(`fixture: token not admitted (${view.status})`);
  const reservationIds: string[] = [];
  for (const seatId of seatIds) reservationIds.push((await holdSeat(userId, seatId, view.token)).id);
  const paid = await payBasket({ userId, reservationIds, token: view.token });
  return { reservationIds, paymentId: paid.body.id, amount: paid.body.amount };
}
