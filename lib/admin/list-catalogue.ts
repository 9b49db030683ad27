import "server-only";
import { getDb } from "../db";
import type { AdminConcert } from "../validations/catalogue-admin";
import { CONCERT_SELECT, toAdminConcert } from "./concert-view";

export interface CatalogueEntry extends AdminConcert {
  schedules: { id: string; startsAt: string; totalSeats: number }[];
}

/** Every concert (or the one asked for) with all its dates, past ones too, newest concert first: the staff catalogue pages. */
export async function listCatalogue(concertId?: string): Promise<CatalogueEntry[]> {
  const rows = await getDb().concert.findMany({
    where: concertId ? { id: concertId } : undefined,
    select: {
      ...CONCERT_SELECT,
      schedules: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, _count: { select: { seats: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map(({ schedules, ...c }) => ({
    ...toAdminConcert(c),
    schedules: schedules.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), totalSeats: s._count.seats })),
  }));
}
