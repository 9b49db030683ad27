import "server-only";
import { AppError } from "../errors";
import { consumeRateLimit, peekRateLimit, rateLimitedError, refundRateLimit, resetRateLimit } from "../rate-limit/limiter";
import { LIMITS } from "../rate-limit/limits";

export type SignInOutcome = "succeeded" | "failed" | "not-attempted";

/**
 * Admits one sign-in attempt, or refuses it with 429 RATE_LIMITED (Retry-After)
 * while the account or the client address is locked out: after
 * SIGNIN_MAX_FAILURES failures within SIGNIN_LOCKOUT_SECONDS, even the right
 * password is refused until the window ends. Returns what to record once the
 * password has been checked.
 *
 * The account's count is taken before the password is checked, so of any
 * number of parallel guesses at one account at most SIGNIN_MAX_FAILURES are
 * checked; a success forgets the account's failures. The address counts only
 * failures, so fans signing in at once behind one address (an office, a
 * mobile carrier's NAT) never refuse each other; a success does not forgive
 * the address (an attacker's own account must not reset it).
 */
export async function startSignInAttempt(email: string, clientAddress: string): Promise<(outcome: SignInOutcome) => Promise<void>> {
  const byAddress = await peekRateLimit(LIMITS.signInAddress, clientAddress);
  if (byAddress && byAddress.consumedPoints >= LIMITS.signInAddress.max) throw rateLimitedError(byAddress, LIMITS.signInAddress.what);
  await consumeRateLimit(LIMITS.signInAccount, email);
  return async (outcome) => {
    if (outcome === "succeeded") return resetRateLimit(LIMITS.signInAccount, email);
    if (outcome === "not-attempted") return refundRateLimit(LIMITS.signInAccount, email);
    try {
      await consumeRateLimit(LIMITS.signInAddress, clientAddress);
    } catch (e) {
      // Already over: the failure is counted all the same, and this attempt has been answered.
      if (!(e instanceof AppError && e.code === "RATE_LIMITED")) throw e;
    }
  };
}
