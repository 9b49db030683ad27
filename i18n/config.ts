/**
 * The product's languages. Korean is the default (StagePass sells Korean
 * concerts to Korean fans); English is the second. The fan's choice is kept
 * in a cookie set by the header's language switch, so it works signed out
 * and survives reloads. Shared by server and client code (no server-only).
 */
export const LOCALES = ["ko", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ko";

/** The cookie the language switch sets (one year, whole site). */
export const LOCALE_COOKIE = "sp_locale";
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** The zone concerts are shown in when a venue names none (every seeded venue is in Seoul). */
export const DEFAULT_TIME_ZONE = "Asia/Seoul";

/** BCP 47 tags for Intl, per product locale. */
export const INTL_TAG: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
