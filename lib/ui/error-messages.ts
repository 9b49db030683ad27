/**
 * What a fan reads for each error code of the contract, in their language
 * (messages/<locale>/errors.json). The UI branches on `code`, never on the
 * server's `detail`. The catalogue must name every code: a new code in
 * lib/errors.ts fails typecheck here until both languages have its message.
 */
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/config";
import { catalogues } from "@/messages";
import type { ErrorCode } from "../errors";

export type UiErrorCode = ErrorCode | "INTERNAL" | "NETWORK";

// The type check that every code has a message (Korean is the reference; English must match it).
const CODES: Record<UiErrorCode, string> = catalogues.ko.errors.codes;
const RETRY_CODES = ["RATE_LIMITED", "SERVICE_BUSY"] as const;

/** The page's language in a browser (<html lang>), else Korean (server code passes its own). */
export function pageLocale(): Locale {
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "errors" });
}

function isUiErrorCode(code: string | undefined): code is UiErrorCode {
  return code !== undefined && Object.hasOwn(CODES, code);
}

/**
 * The fan-facing message for a code. When the server sent Retry-After (429
 * RATE_LIMITED, 503 SERVICE_BUSY) the message says how long to wait.
 */
export function messageFor(code: string | undefined, retryAfterSeconds?: number, locale: Locale = pageLocale()): string {
  const t = translator(locale);
  const retry = RETRY_CODES.find((c) => c === code);
  if (retry && retryAfterSeconds) return t(`retry.${retry}`, { wait: formatRetryAfter(retryAfterSeconds, locale) });
  return t(`codes.${isUiErrorCode(code) ? code : "INTERNAL"}`);
}

/** "5초" / "5 seconds", "3분" / "3 minutes": how long Retry-After asks the fan to wait. */
export function formatRetryAfter(seconds: number, locale: Locale = pageLocale()): string {
  const s = Math.max(1, Math.ceil(seconds));
  const t = translator(locale);
  return s < 90 ? t("wait.seconds", { count: s }) : t("wait.minutes", { count: Math.ceil(s / 60) });
}

/** An INTERNAL message with the request's reference, so support can find the log line. */
export function withReference(message: string, ref: string, locale: Locale = pageLocale()): string {
  return translator(locale)("reference", { message, ref });
}
