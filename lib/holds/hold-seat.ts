import "server-only";
import { getSql, type Sql } from "../db";
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

type Outcome = "HELD" | "HOLD_LIMIT_REACHED" | "SEAT_UNAVAILABLE";

interface HoldArgs {
  id: string;
  userId: string;
  seat: SeatRow;
  heldUntil: Date;
  now: Date;
  maxHolds: number;
}

// The hottest write of a sale, so it runs on the fast path (lib/db/sql.ts).
const SEAT = `SELECT s."id", s."number", s."label", s."price", s."scheduleId", d."concertId"
  FROM "Seat" s JOIN "Schedule" d ON d."id" = s."scheduleId" WHERE s."id" = $1`;

/** PostgreSQL: the decision in one round trip (prisma/postgresql/migrations/…_hold_seat_function). */
const HOLD_FUNCTION = `SELECT "stagepass_hold_seat"($1, $2, $3, $4, $5, $6, $7, $8) AS "outcome"`;

// SQLite: the same statements as that function, in one in-process transaction.
const LOCK_FAN = `UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = $1`;
const LIVE_HOLDS = `SELECT COUNT(*) AS "holding" FROM "Reservation"
  WHERE "userId" = $1 AND "scheduleId" = $2 AND "status" = 'HELD' AND "heldUntil" > $3`;
const TAKE_SEAT = `UPDATE "Seat" SET "status" = 'HELD', "holderId" = $2, "heldUntil" = $3
  WHERE "id" = $1 AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= $4))`;
const END_RUN_OUT_HOLD = `UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = $2, "updatedAt" = $2 WHERE "seatId" = $1 AND "status" = 'HELD'`;
const INSERT_HOLD = `INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
  VALUES ($1, $2, $3, $4, 'HELD', $5, $6, $7, $7)`;

/**
 * Lock the fan (so one fan's parallel holds count exactly), refuse past the
 * hold limit, take the seat with one conditional update (the decision: the
 * one request that finds it free, or its hold run out, wins), end the run-out
 * hold it replaces, insert the new one.
 */
async function decide(sql: Sql, { id, userId, seat, heldUntil, now, maxHolds }: HoldArgs): Promise<Outcome> {
  if (sql.dialect === "postgresql") {
    const [row] = await sql.rows<{ outcome: Outcome }>(HOLD_FUNCTION, [id, userId, seat.id, seat.scheduleId, seat.price, heldUntil, now, maxHolds]);
    return row!.outcome;
  }
  return sql.transaction(async (tx) => {
    await tx.run(LOCK_FAN, [userId]);
    const [{ holding }] = (await tx.rows<{ holding: number }>(LIVE_HOLDS, [userId, seat.scheduleId, now])) as [{ holding: number }];
    if (holding >= maxHolds) return "HOLD_LIMIT_REACHED";
    if ((await tx.run(TAKE_SEAT, [seat.id, userId, heldUntil, now])) !== 1) return "SEAT_UNAVAILABLE";
    await tx.run(END_RUN_OUT_HOLD, [seat.id, now]);
    await tx.run(INSERT_HOLD, [id, userId, seat.id, seat.scheduleId, seat.price, heldUntil, now]);
    return "HELD";
  });
}

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
  let outcome: Outcome;
  try {
    outcome = await decide(sql, { id, userId, seat, heldUntil, now, maxHolds: settings.maxHoldsPerUser });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    outcome = "SEAT_UNAVAILABLE";
  } finally {
    forgetScheduleSeats(seat.scheduleId);
  }
  if (outcome === "HOLD_LIMIT_REACHED") {
    throw new AppError("HOLD_LIMIT_REACHED", `You can hold at most ${settings.maxHoldsPerUser} seats for one date.`);
  }
  if (outcome === "SEAT_UNAVAILABLE") throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
  return {
    id,
    status: "HELD",
    scheduleId: seat.scheduleId,
    seat: { id: seat.id, number: seat.number, label: seat.label },
    price: seat.price,
    heldUntil: heldUntil.toISOString(),
  };
}
