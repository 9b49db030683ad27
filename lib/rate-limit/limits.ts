/** The named limits, from the configuration (lib/env.ts, README's table). */
import "server-only";
import { env } from "../env";
import type { RateLimit } from "./limiter";

export const LIMITS = {
  walletCharges: { name: "wallet-charge", max: env.RATE_LIMIT_CHARGES_PER_MINUTE, windowSeconds: 60, what: "top-ups" },
  signInAccount: {
    name: "signin-account",
    max: env.SIGNIN_MAX_FAILURES,
    windowSeconds: env.SIGNIN_LOCKOUT_SECONDS,
    what: "failed sign-ins for this account",
  },
  signInAddress: {
    name: "signin-address",
    max: env.SIGNIN_MAX_FAILURES,
    windowSeconds: env.SIGNIN_LOCKOUT_SECONDS,
    what: "failed sign-ins from your network",
  },
  signUpAddress: { name: "signup-address", max: env.SIGNUPS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600, what: "sign-ups from your network" },
  queueJoins: { name: "queue-join", max: env.QUEUE_JOINS_PER_USER_PER_MINUTE, windowSeconds: 60, what: "queue joins" },
} satisfies Record<string, RateLimit>;
