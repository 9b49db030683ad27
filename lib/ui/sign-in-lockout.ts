/**
 * A locked-out sign-in (429 from the Credentials callback, see
 * lib/auth/with-sign-in-limits.ts) reaches next-auth's `signIn()` as the
 * error "RATE_LIMITED:<seconds>". These turn it into what the form says.
 */
import { formatRetryAfter } from "./error-messages";
import { formatDate } from "./format";

/** Seconds until sign-in is allowed again, or null when the error is not a lock-out. */
export function lockoutSeconds(error: string | null | undefined): number | null {
  const match = /^RATE_LIMITED:(\d+)$/.exec(error ?? "");
  return match ? Math.max(1, Number(match[1])) : null;
}

/** "Too many failed sign-ins. … at 8:47 PM (in 15 minutes)." in the viewer's time zone. */
export function lockoutMessage(seconds: number, now = Date.now(), locale?: string, timeZone?: string): string {
  const at = formatDate(new Date(now + seconds * 1000).toISOString(), "time", locale, timeZone);
  return `Too many failed sign-ins. To protect the account, signing in is paused: try again at ${at} (in ${formatRetryAfter(seconds, "en")}).`;
}
