import { env } from "../env";

export interface HoldSettings {
  /** How long a hold lasts. */
  holdSeconds: number;
  /** Seats one user may hold at once per schedule. */
  maxHoldsPerUser: number;
  /** Seats one user may hold or have bought, over all dates of one concert. */
  maxTicketsPerConcert: number;
}

export function holdSettings(): HoldSettings {
  return {
    holdSeconds: env.HOLD_TTL_SECONDS,
    maxHoldsPerUser: env.MAX_HOLDS_PER_USER,
    maxTicketsPerConcert: env.MAX_TICKETS_PER_USER_PER_CONCERT,
  };
}
