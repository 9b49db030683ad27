import "server-only";
import { getDb } from "../db";
import type { Arrivals } from "../validations/tickets";

/** Per date (of one concert, or all): tickets checked in at the door and tickets sold (still confirmed). */
export async function getArrivals(concertId?: string): Promise<Arrivals> {
  const db = getDb();
  const scope = concertId ? { concertId } : {};
  const [schedules, sold, arrived] = await Promise.all([
    db.schedule.findMany({
      where: scope,
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, concert: { select: { id: true, title: true, timeZone: true } } },
    }),
    db.reservation.groupBy({ by: ["scheduleId"], where: { status: "CONFIRMED", schedule: scope }, _count: { _all: true } }),
    db.checkIn.groupBy({ by: ["scheduleId"], where: { schedule: scope }, _count: { _all: true } }),
  ]);
  const soldOf = new Map(sold.map((g) => [g.scheduleId, g._count._all]));
  const arrivedOf = new Map(arrived.map((g) => [g.scheduleId, g._count._all]));
  return {
    items: schedules.map((s) => ({
      scheduleId: s.id,
      concertId: s.concert.id,
      concertTitle: s.concert.title,
      timeZone: s.concert.timeZone,
      startsAt: s.startsAt.toISOString(),
      arrived: arrivedOf.get(s.id) ?? 0,
      sold: soldOf.get(s.id) ?? 0,
    })),
  };
}
