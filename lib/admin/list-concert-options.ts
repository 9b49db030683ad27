import "server-only";
import { getDb } from "../db";

export interface ConcertOption {
  id: string;
  /** The stored (Korean) title, and its English rendering ("" when there is none): show it with `inLocale`. */
  title: string;
  titleEn: string;
  /** The venue's IANA zone: its dates are shown on its clock. */
  timeZone: string;
  schedules: { id: string; startsAt: string }[];
}

/** A concert as the console lists it: titles, the venue's zone, and its dates soonest first. */
export const CONCERT_WITH_DATES = {
  id: true,
  title: true,
  titleEn: true,
  timeZone: true,
  schedules: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } },
} as const;

/** Every concert with all its dates, past ones included: the console's filter choices. */
export async function listConcertOptions(): Promise<ConcertOption[]> {
  const concerts = await getDb().concert.findMany({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: CONCERT_WITH_DATES,
  });
  return concerts.map((c) => ({ ...c, schedules: c.schedules.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString() })) }));
}
