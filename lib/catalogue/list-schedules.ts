import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { ScheduleSummary } from "../validations/catalogue";
import { effectiveSeatStatus } from "./seat-state";

/**
 * The available dates of concerts: future schedules only, ordered by start,
 * each with seat counts and its price range.
 */
export async function listSchedulesFor(concertIds: string[], now = new Date()): Promise<ScheduleSummary[]> {
  const schedules = await getDb().schedule.findMany({
    where: { concertId: { in: concertIds }, startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      concertId: true,
      startsAt: true,
      seats: { select: { status: true, heldUntil: true, price: true } },
    },
  });
  return schedules.map((s) => {
    const states = s.seats.map((seat) => effectiveSeatStatus(seat, now));
    const prices = s.seats.map((seat) => seat.price);
    return {
      id: s.id,
      concertId: s.concertId,
      startsAt: s.startsAt.toISOString(),
      totalSeats: s.seats.length,
      availableSeats: states.filter((st) => st === "AVAILABLE").length,
      minPrice: prices.length ? Math.min(...prices) : 0,
      maxPrice: prices.length ? Math.max(...prices) : 0,
      soldOut: s.seats.length > 0 && states.every((st) => st === "SOLD"),
    };
  });
}

/** The available dates of one concert; 404 for an unknown concert. */
export async function listSchedules(concertId: string): Promise<ScheduleSummary[]> {
  const concert = await getDb().concert.findUnique({ where: { id: concertId }, select: { id: true } });
  if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
  return listSchedulesFor([concertId]);
}
