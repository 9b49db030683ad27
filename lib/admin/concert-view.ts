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
  createdAt: true,
} as const;

export function toAdminConcert(row: Omit<AdminConcert, "createdAt"> & { createdAt: Date }): AdminConcert {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
