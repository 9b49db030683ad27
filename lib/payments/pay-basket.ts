import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { idempotent, type IdempotentResult } from "../idempotency/idempotent";
import { promoteQueue } from "../queue/promote";
import { queueSettings } from "../queue/settings";
import type { BasketPaymentResult } from "../validations/payments";
import { newBookingNumber } from "./booking-number";
import { confirmBasket, type BasketSeat } from "./confirm-basket";

export interface PayBasketInput {
  userId: string;
  reservationIds: string[];
  token: string | undefined;
  idempotencyKey?: string;
}

/** How a caller's request is remembered for its Idempotency-Key and answered: contract v1's one-seat shape differs. */
export interface PayShape<T> {
  request: unknown;
  respond: (result: BasketPaymentResult) => T;
}

const basketShape = (reservationIds: string[]): PayShape<BasketPaymentResult> => ({ request: { reservationIds }, respond: (r) => r });

/** Tries with a fresh booking number when one collides (1 in ~10^12 per pair). */
const ATTEMPTS = 3;

interface FoundBasket {
  scheduleId: string;
  concertId: string;
  seats: BasketSeat[];
}

/** The caller's reservations of the basket, in the order sent; 404 if any is not theirs, 400 across dates. */
async function findBasket(userId: string, reservationIds: string[]): Promise<FoundBasket> {
  const rows = await getDb().reservation.findMany({
    where: { id: { in: reservationIds }, userId },
    select: {
      id: true,
      seatId: true,
      price: true,
      scheduleId: true,
      seat: { select: { id: true, number: true, label: true, tier: true } },
      schedule: { select: { concertId: true } },
    },
  });
  if (rows.length !== reservationIds.length) throw new AppError("NOT_FOUND", "No such reservation.");
  const scheduleId = rows[0]!.scheduleId;
  if (rows.some((r) => r.scheduleId !== scheduleId)) {
    throw new AppError("VALIDATION_FAILED", "One payment covers seats of one date only.", {
      errors: [{ path: "reservationIds", message: "all reservations must be for the same date" }],
    });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seats: BasketSeat[] = reservationIds.map((id) => {
    const r = byId.get(id)!;
    return { reservationId: id, seatId: r.seatId, price: r.price, seat: r.seat };
  });
  return { scheduleId, concertId: rows[0]!.schedule.concertId, seats };
}

/**
 * Pays for several held seats of one date at once (a basket), all or none,
 * in one transaction: the balance drops by their total (one PAYMENT ledger
 * row per seat), every seat is SOLD and its reservation CONFIRMED, one
 * payment record with a booking number lists them, and the fan's queue
 * token expires once; then the next fan in line is admitted. If any seat's
 * hold ran out (410) or is no longer held (409), nothing is charged and the
 * answer names those seats. Idempotent per Idempotency-Key.
 */
export async function payBasket<T = BasketPaymentResult>(
  input: PayBasketInput,
  shape: PayShape<T> = basketShape(input.reservationIds) as PayShape<T>,
): Promise<IdempotentResult<T>> {
  const { userId } = input;
  let found: FoundBasket | undefined;
  let result: IdempotentResult<T> | undefined;
  for (let attempt = 1; !result; attempt++) {
    const bookingNumber = newBookingNumber();
    try {
      result = await idempotent<T>(
        { userId, scope: "payment", key: input.idempotencyKey, request: shape.request },
        async (tx) => {
          const { concertId, seats } = found!;
          const body = await confirmBasket(tx, { userId, concertId, seats, token: input.token, bookingNumber }, new Date());
          return { status: 201, body: shape.respond(body) };
        },
        // Not for a replay: a key reused with another body is 422 even when a reservation does not exist.
        async () => {
          found ??= await findBasket(userId, input.reservationIds);
        },
      );
    } catch (e) {
      // Unique violation here = the booking number was taken (the key's own race is settled inside idempotent()).
      if (!isUniqueViolation(e) || attempt >= ATTEMPTS) throw e;
    }
  }
  if (!found || result.replayed) return result;
  // The freed slot goes to the next fan now; the sweep covers a crash right here.
  changed("seats", found.scheduleId);
  await promoteQueue(found.concertId, queueSettings());
  return result;
}
