import "server-only";
import { AppError } from "../errors";
import { effectiveSeatStatus } from "../catalogue/seat-state";
import { claimIfUnclaimed } from "../queue/claim-admission";
import { assertActiveToken, findToken } from "../queue/require-active-token";
import type { SeatMap } from "../validations/catalogue";
import { scheduleSeats } from "./seat-rows";
import { holdSettings } from "./settings";

/**
 * The seat map of one date, for fans with an ACTIVE token for its concert.
 * A hold whose timer ran out shows as AVAILABLE at once, sweeper or not.
 *
 * The hottest read of a sale: the date's seat rows (shared by this process's
 * readers for half a second, see seat-rows.ts) and the token (a plain value
 * the edge chose) are fetched side by side.
 */
export async function getSeatMap(userId: string, scheduleId: string, token: string | undefined): Promise<SeatMap> {
  const now = new Date();
  const [schedule, row] = await Promise.all([scheduleSeats(scheduleId), findToken(token)]);
  if (!schedule) throw new AppError("NOT_FOUND", "No such date.");
  // Opening the seat map is the fan claiming a fresh admission.
  await claimIfUnclaimed(assertActiveToken(row, token, userId, schedule.concertId, now), now);
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
