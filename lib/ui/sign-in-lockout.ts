/**
 * A locked-out sign-in (429 from the Credentials callback, see
 * lib/auth/with-sign-in-limits.ts) reaches next-auth's `signIn()` as the
 * error "RATE_LIMITED:<seconds>". These turn it into what the form says.
 */
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/config";
import { formatDate } from "@/lib/format";
import { catalogues } from "@/messages";
import { formatRetryAfter, pageLocale } from "./error-messages";

/** Seconds until sign-in is allowed again, or null when the error is not a lock-out. */
export function lockoutSeconds(error: string | null | undefined): number | null {
  const match = /^RATE_LIMITED:(\d+)$/.exec(error ?? "");
  return match ? Math.max(1, Number(match[1])) : null;
}

/** "Too many failed sign-ins. … at 20:47 (in 15 minutes)." with the clock time in Seoul (or `timeZone`). */
export function lockoutMessage(seconds: number, now = Date.now(), locale: Locale = pageLocale(), timeZone?: string): string {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "errors" });
  const time = formatDate(now + seconds * 1000, locale, "time", timeZone);
  return t("lockout", { time, wait: formatRetryAfter(seconds, locale) });
}
