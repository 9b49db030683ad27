import "server-only";
import type { AdminConcert } from "../validations/catalogue-admin";

/** The fields staff see and edit; one select for every catalogue function. */
export const CONCERT_SELECT = {
  id: true,
  title: true,
  titleEn: true,
  artist: true,
  artistEn: true,
  venue: true,
  venueEn: true,
  description: true,
  descriptionEn: true,
  timeZone: true,
  salesOpenAt: true,
  createdAt: true,
} as const;

type ConcertRow = Omit<AdminConcert, "createdAt" | "salesOpenAt"> & { createdAt: Date; salesOpenAt: Date | null };

export function toAdminConcert(row: ConcertRow): AdminConcert {
  return { ...row, salesOpenAt: row.salesOpenAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}
