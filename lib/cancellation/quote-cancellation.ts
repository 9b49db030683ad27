import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { CancelQuote } from "../validations/tickets";
import { configuredFeeSchedule } from "./configured-schedule";
import { quoteFee } from "./fee-schedule";

/** What the fee is computed from: none of it changes once a seat is bought, so it may be read before the write. */
async function feeInputs(userId: string, reservationId: string) {
  const r = await getDb().reservation.findFirst({
    where: { id: reservationId, userId },
    select: {
      status: true,
      price: true,
      confirmedAt: true,
      createdAt: true,
      checkIn: { select: { id: true } },
      schedule: { select: { startsAt: true, concert: { select: { timeZone: true } } } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "No such reservation.");
  return r;
}

/**
 * What the caller would get back for cancelling this booking now, with the
 * schedule it follows. A seat still on hold is quoted as if bought now (the
 * checkout shows it); CONFIRMED ones from their payment; anything else is
 * 409 RESERVATION_NOT_CONFIRMED. A used ticket is never cancellable.
 */
export async function quoteCancellation(userId: string, reservationId: string, now = new Date()): Promise<CancelQuote> {
  const r = await feeInputs(userId, reservationId);
  if (r.status !== "CONFIRMED" && r.status !== "HELD")
    throw new AppError("RESERVATION_NOT_CONFIRMED", "Only a confirmed booking can be cancelled.");
  const schedule = configuredFeeSchedule();
  const input = {
    price: r.price,
    bookedAt: r.confirmedAt ?? now,
    startsAt: r.schedule.startsAt,
    timeZone: r.schedule.concert.timeZone,
    now,
  };
  const fee = quoteFee(input, schedule);
  const used = r.checkIn !== null;
  const closed = { cancellable: false, kind: "CLOSED", percent: null, fee: null, refund: null } as const;
  return { reservationId, status: r.status, price: r.price, ...fee, ...(used ? closed : {}), schedule };
}
