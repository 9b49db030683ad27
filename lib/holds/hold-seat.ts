import "server-only";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { assertActiveToken, findToken, resolveToken, type QueueTokenSource } from "../queue/require-active-token";
import type { HeldReservation } from "../validations/reservations";
import { forgetScheduleSeats } from "./seat-rows";
import { holdSettings, type HoldSettings } from "./settings";

/**
 * Holds a seat for a fan for `holdSeconds`. Of any number of concurrent
 * requests for one seat exactly one wins: the seat's conditional update is
 * the decision, and the live-reservation unique index backs it up.
 */
export async function holdSeat(
  userId: string,
  seatId: string,
  tokens: QueueTokenSource,
  settings: HoldSettings = holdSettings(),
): Promise<HeldReservation> {
  const db = getDb();
  const headerValue = typeof tokens === "function" ? undefined : tokens;
  // The seat and the header's token side by side: one round trip of waiting, not two.
  const [seat, headerToken] = await Promise.all([
    db.seat.findUnique({
      where: { id: seatId },
      select: { id: true, number: true, label: true, price: true, scheduleId: true, schedule: { select: { concertId: true } } },
    }),
    findToken(headerValue, db),
  ]);
  if (!seat) throw new AppError("NOT_FOUND", "No such seat.");
  const value = resolveToken(tokens, seat.schedule.concertId);
  assertActiveToken(typeof tokens === "function" ? await findToken(value, db) : headerToken, value, userId, seat.schedule.concertId, new Date());

  const now = new Date();
  const heldUntil = new Date(now.getTime() + settings.holdSeconds * 1000);
  try {
    return await db.$transaction(async (tx) => {
      // Serialises one fan's parallel holds, so the limit below is counted exactly.
      await tx.user.update({ where: { id: userId }, data: { lockVersion: { increment: 1 } }, select: { id: true } });
      const holding = await tx.reservation.count({
        where: { userId, scheduleId: seat.scheduleId, status: "HELD", heldUntil: { gt: now } },
      });
      if (holding >= settings.maxHoldsPerUser) {
        throw new AppError("HOLD_LIMIT_REACHED", `You can hold at most ${settings.maxHoldsPerUser} seats for one date.`);
      }
      // Conditional write: the one request that finds the seat free (or its hold run out) wins.
      const won = await tx.seat.updateMany({
        where: { id: seatId, OR: [{ status: "AVAILABLE" }, { status: "HELD", heldUntil: { lte: now } }] },
        data: { status: "HELD", holderId: userId, heldUntil },
      });
      if (won.count !== 1) throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
      // The previous holder's run-out hold ends here, freeing the live-reservation index.
      await tx.reservation.updateMany({ where: { seatId, status: "HELD" }, data: { status: "EXPIRED", endedAt: now } });
      const reservation = await tx.reservation.create({
        data: { userId, seatId, scheduleId: seat.scheduleId, price: seat.price, heldUntil },
        select: { id: true },
      });
      return {
        id: reservation.id,
        status: "HELD" as const,
        scheduleId: seat.scheduleId,
        seat: { id: seat.id, number: seat.number, label: seat.label },
        price: seat.price,
        heldUntil: heldUntil.toISOString(),
      };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
    throw e;
  } finally {
    forgetScheduleSeats(seat.scheduleId);
  }
}
