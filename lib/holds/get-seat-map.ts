import "server-only";
import { AppError } from "../errors";
import { effectiveSeatStatus } from "../catalogue/seat-state";
import { claimIfUnclaimed } from "../queue/claim-admission";
import { assertActiveToken, findToken, type QueueTokenSource } from "../queue/require-active-token";
import type { SeatMap } from "../validations/catalogue";
import { scheduleSeats } from "./seat-rows";
import { holdSettings } from "./settings";

/**
 * The seat map of one date, for fans with an ACTIVE token for its concert.
 * A hold whose timer ran out shows as AVAILABLE at once, sweeper or not.
 *
 * The hottest read of a sale: the date's seat rows (shared by this process's
 * readers for half a second, see seat-rows.ts) and the header's token are
 * fetched side by side; a cookie token needs the concert id first.
 */
export async function getSeatMap(userId: string, scheduleId: string, tokens: QueueTokenSource): Promise<SeatMap> {
  const now = new Date();
  const headerValue = typeof tokens === "function" ? undefined : tokens;
  const [schedule, headerToken] = await Promise.all([scheduleSeats(scheduleId), findToken(headerValue)]);
  if (!schedule) throw new AppError("NOT_FOUND", "No such date.");
  const value = typeof tokens === "function" ? tokens(schedule.concertId) : tokens;
  const token = typeof tokens === "function" ? await findToken(value) : headerToken;
  // Opening the seat map is the fan claiming a fresh admission.
  await claimIfUnclaimed(assertActiveToken(token, value, userId, schedule.concertId, now), now);
  return {
    scheduleId,
    concertId: schedule.concertId,
    startsAt: schedule.startsAt.toISOString(),
    holdSeconds: holdSettings().holdSeconds,
    seats: schedule.seats.map((s) => {
      const status = effectiveSeatStatus(s, now);
      return {
        id: s.id,
        number: s.number,
        label: s.label,
        tier: s.tier,
        price: s.price,
        status,
        heldByMe: status === "HELD" && s.holderId === userId,
      };
    }),
  };
}
