import { env } from "../env";

export interface HoldSettings {
  /** How long a hold lasts. */
  holdSeconds: number;
  /** Seats one user may hold at once per schedule. */
  maxHoldsPerUser: number;
}

export function holdSettings(): HoldSettings {
  return { holdSeconds: env.HOLD_TTL_SECONDS, maxHoldsPerUser: env.MAX_HOLDS_PER_USER };
}
