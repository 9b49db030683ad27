import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { ConcertDetail } from "../validations/catalogue";
import { listSchedulesFor } from "./list-schedules";

/** One concert with its available dates; 404 when unknown. */
export async function getConcert(concertId: string): Promise<ConcertDetail> {
  const concert = await getDb().concert.findUnique({
    where: { id: concertId },
    select: { id: true, title: true, artist: true, venue: true, posterUrl: true, description: true },
  });
  if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
  const schedules = await listSchedulesFor([concertId]);
  return { ...concert, nextScheduleAt: schedules[0]?.startsAt ?? null, schedules };
}
