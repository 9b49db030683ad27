import "server-only";
import { getDb } from "../db";

export interface ConcertOption {
  id: string;
  /** The stored (Korean) title, and its English rendering ("" when there is none): show it with `inLocale`. */
  title: string;
  titleEn: string;
  schedules: { id: string; startsAt: string }[];
}

/** Every concert with all its dates, past ones included: the console's filter choices. */
export async function listConcertOptions(): Promise<ConcertOption[]> {
  const concerts = await getDb().concert.findMany({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, titleEn: true, schedules: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } } },
  });
  return concerts.map((c) => ({ ...c, schedules: c.schedules.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString() })) }));
}
