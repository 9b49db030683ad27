import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { ScheduleSummary } from "../validations/catalogue";

/**
 * The available dates of concerts: future schedules only, ordered by start,
 * each with seat counts and its price range. Counted in the database (two
 * grouped queries), not by loading every seat.
 */
export async function listSchedulesFor(concertIds: string[], now = new Date()): Promise<ScheduleSummary[]> {
  const db = getDb();
  const schedules = await db.schedule.findMany({
    where: { concertId: { in: concertIds }, startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, concertId: true, startsAt: true },
  });
  const ids = schedules.map((s) => s.id);
  const [byStatus, runOut] = await Promise.all([
    db.seat.groupBy({
      by: ["scheduleId", "status"],
      where: { scheduleId: { in: ids } },
      _count: { _all: true },
      _min: { price: true },
      _max: { price: true },
    }),
    // HELD seats whose hold ran out are available already, sweeper or not.
    db.seat.groupBy({
      by: ["scheduleId"],
      where: { scheduleId: { in: ids }, status: "HELD", heldUntil: { lte: now } },
      _count: { _all: true },
    }),
  ]);
  const runOutOf = new Map(runOut.map((g) => [g.scheduleId, g._count._all]));
  return schedules.map((s) => {
    const groups = byStatus.filter((g) => g.scheduleId === s.id);
    const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
    const total = groups.reduce((n, g) => n + g._count._all, 0);
    const mins = groups.map((g) => g._min.price ?? 0);
    const maxs = groups.map((g) => g._max.price ?? 0);
    return {
      id: s.id,
      concertId: s.concertId,
      startsAt: s.startsAt.toISOString(),
      totalSeats: total,
      availableSeats: count("AVAILABLE") + (runOutOf.get(s.id) ?? 0),
      minPrice: mins.length ? Math.min(...mins) : 0,
      maxPrice: maxs.length ? Math.max(...maxs) : 0,
      soldOut: total > 0 && count("SOLD") === total,
    };
  });
}

/** The available dates of one concert; 404 for an unknown concert. */
export async function listSchedules(concertId: string): Promise<ScheduleSummary[]> {
  const concert = await getDb().concert.findUnique({ where: { id: concertId }, select: { id: true } });
  if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
  return listSchedulesFor([concertId]);
}
