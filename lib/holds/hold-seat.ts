import "server-only";
import { getSql } from "../db";
import { isUniqueViolation } from "../db/errors";
import { newId } from "../db/ids";
import { AppError } from "../errors";
import { assertActiveToken, findToken, resolveToken, type QueueTokenSource } from "../queue/require-active-token";
import type { HeldReservation } from "../validations/reservations";
import { forgetScheduleSeats } from "./seat-rows";
import { holdSettings, type HoldSettings } from "./settings";

interface SeatRow {
  id: string;
  number: number;
  label: string;
  price: number;
  scheduleId: string;
  concertId: string;
}

// The hottest write of a sale, so it runs on the fast path (lib/db/sql.ts).
const SEAT = `SELECT s."id", s."number", s."label", s."price", s."scheduleId", d."concertId"
  FROM "Seat" s JOIN "Schedule" d ON d."id" = s."scheduleId" WHERE s."id" = $1`;
/** Serialises one fan's parallel holds, so the hold limit is counted exactly. */
const LOCK_FAN = `UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = $1`;
const LIVE_HOLDS = `SELECT "id" FROM "Reservation"
  WHERE "userId" = $1 AND "scheduleId" = $2 AND "status" = 'HELD' AND "heldUntil" > $3`;
/**
 * The decision: the one request that finds the seat free (or its hold run out)
 * while the fan is under the limit wins. Read after LOCK_FAN, so the count
 * sees every hold this fan's earlier requests committed.
 */
const TAKE_SEAT = `UPDATE "Seat" SET "status" = 'HELD', "holderId" = $2, "heldUntil" = $3
  WHERE "id" = $1 AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= $4))
  AND (SELECT COUNT(*) FROM "Reservation" WHERE "userId" = $2 AND "scheduleId" = $5 AND "status" = 'HELD' AND "heldUntil" > $4) < $6`;
/** The previous holder's run-out hold ends here, freeing the live-reservation index. */
const END_RUN_OUT_HOLD = `UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = $2, "updatedAt" = $2 WHERE "seatId" = $1 AND "status" = 'HELD'`;
const INSERT_HOLD = `INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
  VALUES ($1, $2, $3, $4, 'HELD', $5, $6, $7, $7)`;

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
  const sql = getSql();
  const headerValue = typeof tokens === "function" ? undefined : tokens;
  // The seat and the header's token side by side: one round trip of waiting, not two.
  const [[seat], headerToken] = await Promise.all([sql.rows<SeatRow>(SEAT, [seatId]), findToken(headerValue)]);
  if (!seat) throw new AppError("NOT_FOUND", "No such seat.");
  const value = resolveToken(tokens, seat.concertId);
  assertActiveToken(typeof tokens === "function" ? await findToken(value) : headerToken, value, userId, seat.concertId, new Date());

  const now = new Date();
  const heldUntil = new Date(now.getTime() + settings.holdSeconds * 1000);
  const id = newId(now.getTime());
  try {
    await sql.transaction(async (tx) => {
      await tx.run(LOCK_FAN, [userId]);
      const won = await tx.run(TAKE_SEAT, [seatId, userId, heldUntil, now, seat.scheduleId, settings.maxHoldsPerUser]);
      if (won !== 1) {
        // Only a loser pays for telling the two refusals apart.
        const holding = await tx.rows(LIVE_HOLDS, [userId, seat.scheduleId, now]);
        if (holding.length >= settings.maxHoldsPerUser) {
          throw new AppError("HOLD_LIMIT_REACHED", `You can hold at most ${settings.maxHoldsPerUser} seats for one date.`);
        }
        throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
      }
      await tx.run(END_RUN_OUT_HOLD, [seatId, now]);
      await tx.run(INSERT_HOLD, [id, userId, seatId, seat.scheduleId, seat.price, heldUntil, now]);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
    throw e;
  } finally {
    forgetScheduleSeats(seat.scheduleId);
  }
  return {
    id,
    status: "HELD",
    scheduleId: seat.scheduleId,
    seat: { id: seat.id, number: seat.number, label: seat.label },
    price: seat.price,
    heldUntil: heldUntil.toISOString(),
  };
}
