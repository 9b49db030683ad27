import { DEFAULT_TIME_ZONE, INTL_TAG, type Locale } from "@/i18n/config";

/**
 * Dates and times in the venue's zone (Asia/Seoul unless told otherwise),
 * whatever zone the server or the browser runs in, 24-hour everywhere:
 *   full    2026년 12월 9일 (수) 19:00   ·  Wed, Dec 9, 2026, 19:00
 *   date    2026년 12월 9일 (수)         ·  Wed, Dec 9, 2026
 *   short   12월 9일 (수) 19:00          ·  Wed, Dec 9, 19:00
 *   day     12월 9일 (수)                ·  Wed, Dec 9
 *   time    19:00                        ·  19:00
 *   seconds 19:00:05                     ·  19:00:05
 */
export type DateStyle = "full" | "date" | "short" | "day" | "time" | "seconds";
export type Instant = string | number | Date;

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const EN: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: "short", year: "numeric", month: "short", day: "numeric", ...TIME },
  date: { weekday: "short", year: "numeric", month: "short", day: "numeric" },
  short: { weekday: "short", month: "short", day: "numeric", ...TIME },
  day: { weekday: "short", month: "short", day: "numeric" },
  time: TIME,
  seconds: { ...TIME, second: "2-digit" },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(tag, { ...options, timeZone })));
  return f;
}

/** Korean puts the weekday in brackets after the date: "2026년 12월 9일 (수) 19:00". */
function korean(date: Date, style: DateStyle, zone: string): string {
  const time = formatter("ko-KR", zone, style === "seconds" ? EN.seconds : TIME).format(date);
  if (style === "time" || style === "seconds") return time;
  const withYear = style === "full" || style === "date";
  const day = formatter("ko-KR", zone, { year: withYear ? "numeric" : undefined, month: "long", day: "numeric" }).format(date);
  const weekday = formatter("ko-KR", zone, { weekday: "short" }).format(date);
  const dated = `${day} (${weekday})`;
  return style === "full" || style === "short" ? `${dated} ${time}` : dated;
}

export function formatDate(at: Instant, locale: Locale, style: DateStyle = "full", timeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError(`formatDate got an invalid instant: ${String(at)}`);
  return locale === "ko" ? korean(date, style, timeZone) : formatter(INTL_TAG.en, timeZone, EN[style]).format(date);
}

/** The calendar day of an instant in a zone, "2026-12-09": how staff reports bucket sales. */
export function dayKey(at: Instant, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(at));
}

/** An instant as ISO 8601 with the zone's offset, "2026-12-09T19:00:00+09:00" (CSV exports). */
export function isoInZone(at: Instant, timeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(at);
  const parts = formatter("en-CA", timeZone, {
    ...EN.seconds,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZoneName: "longOffset",
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const offset = (parts.timeZoneName ?? "GMT").replace("GMT", "") || "+00:00";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

const ZONE_NAMES: Record<string, Record<Locale, string>> = { "Asia/Seoul": { ko: "한국 시간", en: "Korea time" } };

/** How a zone is named next to a time: "한국 시간" / "Korea time", else its offset ("GMT-5"). */
export function zoneLabel(timeZone: string, locale: Locale, at: Instant = Date.now()): string {
  const known = ZONE_NAMES[timeZone]?.[locale];
  if (known) return known;
  const part = formatter(INTL_TAG[locale], timeZone, { timeZoneName: "shortOffset" })
    .formatToParts(new Date(at))
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
