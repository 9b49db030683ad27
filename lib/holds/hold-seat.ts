import "server-only";
import { changed } from "../cache/changes";
import { getSql } from "../db";
import { isUniqueViolation } from "../db/errors";
import { newId } from "../db/ids";
import { AppError } from "../errors";
import { claimAdmission } from "../queue/claim-admission";
import { assertActiveToken, type TokenCheck } from "../queue/require-active-token";
import type { TokenRow } from "../queue/token-view";
import type { HeldReservation } from "../validations/reservations";
import { runHold, type HoldRun } from "./run-hold";
import { holdSettings, type HoldSettings } from "./settings";

const SEAT = `SELECT "label", "scheduleId" FROM "Seat" WHERE "id" = $1`;

/** Names the token failure the hold's token step found (its rule is assertActiveToken's). */
function refuseToken(values: HoldRun["values"], token: string | undefined, userId: string, now: Date): never {
  const found: TokenCheck | null = values.token_user_id
    ? {
        userId: values.token_user_id as string,
        concertId: values.token_concert_id as string,
        status: values.token_status as TokenRow["status"],
        expiresAt: values.token_expires_at as Date | null,
      }
    : null;
  assertActiveToken(found, token, userId, values.concert_id as string, now);
  // The SQL rule and assertActiveToken are tested to agree; if they ever disagree, refuse.
  throw new AppError("QUEUE_TOKEN_INVALID", "This queue token is not valid.");
}

/**
 * Holds a seat for a fan for `holdSeconds`, with the fan's ACTIVE queue token
 * for the seat's concert. The rules are the statements of hold-steps.ts, in
 * order: the seat must exist, the token must be valid (each failure its
 * contract code), the fan is locked so their parallel holds count exactly,
 * the hold limit is checked, and one conditional update of the seat decides:
 * of any number of concurrent requests for a seat exactly one wins (the
 * live-reservation unique index backs it up). A run-out hold on the seat ends
 * as the new one is inserted. `token` is the plain queue token value the edge
 * chose (lib/http/queue-token.ts).
 */
export async function holdSeat(
  userId: string,
  seatId: string,
  token: string | undefined,
  settings: HoldSettings = holdSettings(),
): Promise<HeldReservation> {
  const sql = getSql();
  const now = new Date();
  const id = newId(now.getTime());
  const heldUntil = new Date(now.getTime() + settings.holdSeconds * 1000);
  let run: HoldRun;
  try {
    run = await runHold(sql, {
      id,
      user: userId,
      seat: seatId,
      token: token ?? null,
      held_until: heldUntil,
      now,
      max_holds: settings.maxHoldsPerUser,
      max_tickets: settings.maxTicketsPerConcert,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const [seat] = await sql.rows<{ label: string; scheduleId: string }>(SEAT, [seatId]);
    // Another fan's hold committed first: whatever this process remembers of the date is old.
    changed("seats", seat!.scheduleId);
    throw new AppError("SEAT_UNAVAILABLE", `Seat ${seat!.label} has just been taken.`);
  }
  const { outcome, values } = run;
  if (outcome === "NO_SEAT") throw new AppError("NOT_FOUND", "No such seat.");
  if (outcome === "TOKEN") refuseToken(values, token, userId, now);
  const scheduleId = values.schedule_id as string;
  changed("seats", scheduleId);
  if (outcome === "HOLD_LIMIT_REACHED")
    throw new AppError("HOLD_LIMIT_REACHED", `You can hold at most ${settings.maxHoldsPerUser} seats for one date.`);
  if (outcome === "TICKET_LIMIT_REACHED")
    throw new AppError(
      "HOLD_LIMIT_REACHED",
      `You can have at most ${settings.maxTicketsPerConcert} tickets for this concert, held and bought together over all its dates.`,
    );
  if (outcome === "SEAT_UNAVAILABLE") throw new AppError("SEAT_UNAVAILABLE", `Seat ${values.label as string} has just been taken.`);
  // A hold is the fan claiming a fresh admission (a no-op once claimed).
  await claimAdmission(token, now);
  return {
    id,
    status: "HELD",
    scheduleId,
    seat: { id: seatId, number: values.number as number, label: values.label as string },
    price: values.price as number,
    heldUntil: heldUntil.toISOString(),
  };
}
