import "server-only";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { getDb } from "../db";
import type { BookingFilter } from "../validations/admin";

/**
 * The clock an export is named by: the venue's when the filter picks one
 * concert or date, else the default venue zone (Asia/Seoul). The rows inside
 * carry each their own venue's offset either way.
 */
export async function exportTimeZone(filter: BookingFilter): Promise<string> {
  const db = getDb();
  const concert = filter.scheduleId
    ? (await db.schedule.findUnique({ where: { id: filter.scheduleId }, select: { concert: { select: { timeZone: true } } } }))?.concert
    : filter.concertId
      ? await db.concert.findUnique({ where: { id: filter.concertId }, select: { timeZone: true } })
      : null;
  return concert?.timeZone ?? DEFAULT_TIME_ZONE;
}
