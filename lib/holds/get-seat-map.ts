import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { effectiveSeatStatus } from "../catalogue/seat-state";
import { requireActiveToken, type QueueTokenSource } from "../queue/require-active-token";
import type { SeatMap } from "../validations/catalogue";
import { holdSettings } from "./settings";

/**
 * The seat map of one date, for fans with an ACTIVE token for its concert.
 * A hold whose timer ran out shows as AVAILABLE at once, sweeper or not.
 */
export async function getSeatMap(userId: string, scheduleId: string, tokens: QueueTokenSource): Promise<SeatMap> {
  const db = getDb();
  const now = new Date();
  const schedule = await db.schedule.findUnique({ where: { id: scheduleId }, select: { id: true, concertId: true, startsAt: true } });
  if (!schedule) throw new AppError("NOT_FOUND", "No such date.");
  await requireActiveToken(userId, tokens, schedule.concertId, now);
  const seats = await db.seat.findMany({
    where: { scheduleId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, label: true, tier: true, price: true, status: true, holderId: true, heldUntil: true },
  });
  return {
    scheduleId,
    concertId: schedule.concertId,
    startsAt: schedule.startsAt.toISOString(),
    holdSeconds: holdSettings().holdSeconds,
    seats: seats.map((s) => {
      const status = effectiveSeatStatus(s, now);
      return { id: s.id, number: s.number, label: s.label, tier: s.tier, price: s.price, status, heldByMe: status === "HELD" && s.holderId === userId };
    }),
  };
}
