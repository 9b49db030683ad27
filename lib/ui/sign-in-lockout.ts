/**
 * A locked-out sign-in (429 from the Credentials callback, see
 * lib/auth/with-sign-in-limits.ts) reaches next-auth's `signIn()` as the
 * error "RATE_LIMITED:<seconds>"; the form turns it into when to try again.
 */

/** Seconds until sign-in is allowed again, or null when the error is not a lock-out. */
export function lockoutSeconds(error: string | null | undefined): number | null {
  const match = /^RATE_LIMITED:(\d+)$/.exec(error ?? "");
  return match ? Math.max(1, Number(match[1])) : null;
}
