import type { Locale } from "@/i18n/config";

/**
 * A catalogue text in the viewer's language: its English rendering on English
 * pages where one exists, else the stored Korean text. The one fallback rule
 * for pages (concertTexts) and for API views that carry both (`concertTitleEn`).
 */
export function inLocale(locale: Locale | string, korean: string, english: string | null | undefined): string {
  return (locale === "en" && english) || korean;
}

/** The concert title of an API view (reservation, receipt, booking, occupancy) in the viewer's language. */
export function concertTitleIn(locale: Locale | string, view: { concertTitle: string; concertTitleEn?: string | null }): string {
  return inLocale(locale, view.concertTitle, view.concertTitleEn);
}
