import "server-only";
import { getDb } from "../db";
import type { ConcertSummary } from "../validations/catalogue";

/** All concerts, soonest next date first; concerts with no future date last. */
export async function listConcerts(now = new Date()): Promise<ConcertSummary[]> {
  const concerts = await getDb().concert.findMany({
    select: {
      id: true,
      title: true,
      artist: true,
      venue: true,
      posterUrl: true,
      schedules: { where: { startsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const items = concerts.map(({ schedules, ...c }) => ({ ...c, nextScheduleAt: schedules[0]?.startsAt.toISOString() ?? null }));
  return items.sort((a, b) => (a.nextScheduleAt ?? "9999").localeCompare(b.nextScheduleAt ?? "9999"));
}
