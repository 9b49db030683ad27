/**
 * THE formatting module: money, dates and times (in the venue's zone), durations
 * and counts, for server and client components alike. Every function takes the
 * locale; `formatterFor(locale)` binds it once. In components use
 * `useFormat()` (lib/format/use-format.ts); in async server components
 * `formatterFor(await getLocale())`.
 */
import type { Locale } from "@/i18n/config";
import { dayKey, formatDate, isoInZone, zoneLabel, type DateStyle, type Instant } from "./dates";
import { formatCountdown, formatDuration, formatRemaining, formatWait } from "./durations";
import { formatMoney, formatSignedMoney, MINUS } from "./money";
import { formatNumber, formatPercent } from "./numbers";

export { dayKey, formatCountdown, formatDate, formatDuration, formatMoney, formatNumber, formatPercent, formatRemaining };
export { formatSignedMoney, formatWait, isoInZone, MINUS, zoneLabel, type DateStyle, type Instant };

export function formatterFor(locale: Locale) {
  return {
    locale,
    money: (amount: number) => formatMoney(amount, locale),
    signedMoney: (amount: number) => formatSignedMoney(amount, locale),
    date: (at: Instant, style?: DateStyle, timeZone?: string) => formatDate(at, locale, style, timeZone),
    zone: (timeZone: string, at?: Instant) => zoneLabel(timeZone, locale, at),
    number: (value: number) => formatNumber(value, locale),
    percent: (ratio: number) => formatPercent(ratio, locale),
    duration: (seconds: number | null) => formatDuration(seconds, locale),
    remaining: (ms: number) => formatRemaining(ms, locale),
    wait: (seconds: number) => formatWait(seconds, locale),
    countdown: formatCountdown,
  };
}

export type Formatter = ReturnType<typeof formatterFor>;
