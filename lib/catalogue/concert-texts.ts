import "server-only";
import { cache } from "react";
import type { Locale } from "@/i18n/config";
import { getDb } from "../db";
import { inLocale } from "./in-locale";

/** A concert's texts in one language, and its venue's zone. */
export interface ConcertTexts {
  title: string;
  artist: string;
  venue: string;
  description: string;
  timeZone: string;
}

/**
 * The texts pages show for some concerts, in the page's language: the stored
 * Korean ones, or their English renderings where they exist (an empty
 * rendering falls back to Korean). The API's fields stay the stored texts;
 * this is for pages only. One query per request and set of ids.
 */
export const getConcertTexts = cache(async (key: string, locale: Locale): Promise<Map<string, ConcertTexts>> => {
  const ids = key.split(",").filter(Boolean);
  const rows = await getDb().concert.findMany({
    where: { id: { in: ids } },
    select: {
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
    },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        title: inLocale(locale, r.title, r.titleEn),
        artist: inLocale(locale, r.artist, r.artistEn),
        venue: inLocale(locale, r.venue, r.venueEn),
        description: inLocale(locale, r.description, r.descriptionEn),
        timeZone: r.timeZone,
      },
    ]),
  );
});

/** The texts of the given concerts (ids in any order, repeats allowed). */
export function concertTexts(ids: string[], locale: Locale): Promise<Map<string, ConcertTexts>> {
  return getConcertTexts([...new Set(ids)].sort().join(","), locale);
}
