import "server-only";
import { getSql, type Sql } from "../db";
import { isUniqueViolation } from "../db/errors";
import { newId } from "../db/ids";
import { AppError } from "../errors";
import { claimAdmission } from "../queue/claim-admission";
import { assertActiveToken, findToken, resolveToken, type QueueTokenSource, type TokenCheck } from "../queue/require-active-token";
import type { TokenRow } from "../queue/token-view";
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

type Decision = "HELD" | "HOLD_LIMIT_REACHED" | "SEAT_UNAVAILABLE";

interface Attempt {
  id: string;
  userId: string;
  seatId: string;
  tokens: QueueTokenSource;
  heldUntil: Date;
  now: Date;
  maxHolds: number;
}

// The hottest write of a sale, so it runs on the fast path (lib/db/sql.ts).
const SEAT = `SELECT s."id", s."number", s."label", s."price", s."scheduleId", d."concertId"
  FROM "Seat" s JOIN "Schedule" d ON d."id" = s."scheduleId" WHERE s."id" = $1`;

/**
 * PostgreSQL: seat, token check and decision in one round trip
 * (prisma/postgresql/migrations/…_hold_seat_function). Its statements are
 * the SQLite path's below, in the same order.
 */
const HOLD_FUNCTION = `SELECT o_outcome AS "outcome", o_number AS "number", o_label AS "label", o_price AS "price",
  o_schedule_id AS "scheduleId", o_concert_id AS "concertId", o_token_user_id AS "tokenUserId",
  o_token_concert_id AS "tokenConcertId", o_token_status AS "tokenStatus", o_token_expires_at AS "tokenExpiresAt"
  FROM "stagepass_hold_seat"($1, $2, $3, $4, $5, $6, $7)`;

// SQLite: the same statements, in one in-process transaction.
/** Serialises one fan's parallel holds, so the limit count below is exact. */
const LOCK_FAN = `UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = $1`;
const LIVE_HOLDS = `SELECT COUNT(*) AS "holding" FROM "Reservation"
  WHERE "userId" = $1 AND "scheduleId" = $2 AND "status" = 'HELD' AND "heldUntil" > $3`;
/** The decision: of concurrent requests for the seat, the one that finds it free (or its hold run out) wins. */
const TAKE_SEAT = `UPDATE "Seat" SET "status" = 'HELD', "holderId" = $2, "heldUntil" = $3
  WHERE "id" = $1 AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= $4))`;
/** The previous holder's run-out hold ends here, freeing the live-reservation index. */
const END_RUN_OUT_HOLD = `UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = $2, "updatedAt" = $2 WHERE "seatId" = $1 AND "status" = 'HELD'`;
const INSERT_HOLD = `INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
  VALUES ($1, $2, $3, $4, 'HELD', $5, $6, $7, $7)`;

interface FunctionRow {
  outcome: Decision | "NO_SEAT" | "TOKEN";
  number: number;
  label: string;
  price: number;
  scheduleId: string;
  concertId: string;
  tokenUserId: string | null;
  tokenConcertId: string | null;
  tokenStatus: TokenRow["status"] | null;
  tokenExpiresAt: Date | null;
}

async function onPostgres(sql: Sql, a: Attempt): Promise<{ seat: SeatRow; decision: Decision }> {
  // A cookie holds one token per concert: which one depends on the seat.
  let value = typeof a.tokens === "function" ? undefined : a.tokens;
  if (typeof a.tokens === "function") {
    const [seat] = await sql.rows<SeatRow>(SEAT, [a.seatId]);
    if (!seat) throw new AppError("NOT_FOUND", "No such seat.");
    value = a.tokens(seat.concertId);
  }
  const [row] = await sql.rows<FunctionRow>(HOLD_FUNCTION, [a.id, a.userId, a.seatId, value ?? null, a.heldUntil, a.now, a.maxHolds]);
  if (!row || row.outcome === "NO_SEAT") throw new AppError("NOT_FOUND", "No such seat.");
  const seat: SeatRow = {
    id: a.seatId,
    number: row.number,
    label: row.label,
    price: row.price,
    scheduleId: row.scheduleId,
    concertId: row.concertId,
  };
  if (row.outcome === "TOKEN") {
    const token: TokenCheck | null = row.tokenUserId
      ? { userId: row.tokenUserId, concertId: row.tokenConcertId!, status: row.tokenStatus!, expiresAt: row.tokenExpiresAt }
      : null;
    assertActiveToken(token, value, a.userId, seat.concertId, a.now);
    // The function and assertActiveToken use one rule; if they ever disagree, refuse.
    throw new AppError("QUEUE_TOKEN_INVALID", "This queue token is not valid.");
  }
  return { seat, decision: row.outcome };
}

async function onSqlite(sql: Sql, a: Attempt): Promise<{ seat: SeatRow; decision: Decision }> {
  const headerValue = typeof a.tokens === "function" ? undefined : a.tokens;
  const [[seat], headerToken] = await Promise.all([sql.rows<SeatRow>(SEAT, [a.seatId]), findToken(headerValue)]);
  if (!seat) throw new AppError("NOT_FOUND", "No such seat.");
  const value = resolveToken(a.tokens, seat.concertId);
  assertActiveToken(typeof a.tokens === "function" ? await findToken(value) : headerToken, value, a.userId, seat.concertId, a.now);
  const decision = await sql.transaction(async (tx): Promise<Decision> => {
    await tx.run(LOCK_FAN, [a.userId]);
    const [{ holding }] = (await tx.rows<{ holding: number }>(LIVE_HOLDS, [a.userId, seat.scheduleId, a.now])) as [{ holding: number }];
    if (holding >= a.maxHolds) return "HOLD_LIMIT_REACHED";
    if ((await tx.run(TAKE_SEAT, [a.seatId, a.userId, a.heldUntil, a.now])) !== 1) return "SEAT_UNAVAILABLE";
    await tx.run(END_RUN_OUT_HOLD, [a.seatId, a.now]);
    await tx.run(INSERT_HOLD, [a.id, a.userId, a.seatId, seat.scheduleId, seat.price, a.heldUntil, a.now]);
    return "HELD";
  });
  return { seat, decision };
}

/**
 * Holds a seat for a fan for `holdSeconds`, with the fan's ACTIVE queue token
 * for the seat's concert. In order: the seat must exist, the token must be
 * valid (each failure its contract code), the fan is locked so their parallel
 * holds count exactly, the hold limit is checked, and one conditional update
 * of the seat decides: of any number of concurrent requests for a seat exactly
 * one wins (the live-reservation unique index backs it up). A run-out hold on
 * the seat ends as the new one is inserted.
 */
export async function holdSeat(
  userId: string,
  seatId: string,
  tokens: QueueTokenSource,
  settings: HoldSettings = holdSettings(),
): Promise<HeldReservation> {
  const sql = getSql();
  const now = new Date();
  const attempt: Attempt = {
    id: newId(now.getTime()),
    userId,
    seatId,
    tokens,
    heldUntil: new Date(now.getTime() + settings.holdSeconds * 1000),
    now,
    maxHolds: settings.maxHoldsPerUser,
  };
  let seat: SeatRow | undefined;
  let decision: Decision;
  try {
    ({ seat, decision } = await (sql.dialect === "postgresql" ? onPostgres(sql, attempt) : onSqlite(sql, attempt)));
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    decision = "SEAT_UNAVAILABLE";
  }
  seat ??= (await sql.rows<SeatRow>(SEAT, [seatId]))[0]!;
  forgetScheduleSeats(seat.scheduleId);
  // A hold is the fan claiming a fresh admission (a no-op once claimed).
  if (decision === "HELD") await claimAdmission(resolveToken(tokens, seat.concertId), now);
  if (decision === "HOLD_LIMIT_REACHED")
    throw new AppError("HOLD_LIMIT_REACHED", `You can hold at most ${settings.maxHoldsPerUser} seats for one date.`);
  if (decision === "SEAT_UNAVAILABLE") throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat.label} has just been taken.`);
  return {
    id: attempt.id,
    status: "HELD",
    scheduleId: seat.scheduleId,
    seat: { id: seat.id, number: seat.number, label: seat.label },
    price: seat.price,
    heldUntil: attempt.heldUntil.toISOString(),
  };
}
