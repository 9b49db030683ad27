import { env } from "../env";

/** Waiting-room settings; a parameter so tests and benchmarks can vary them. */
export interface QueueSettings {
  /** ACTIVE tokens per concert at once. */
  activeLimit: number;
  /** An ACTIVE token expires this long after activation. */
  activeTtlSeconds: number;
  /** A fresh admission lapses unless claimed within this long (0: no claim window). */
  claimSeconds: number;
}

export function queueSettings(): QueueSettings {
  return { activeLimit: env.QUEUE_ACTIVE_LIMIT, activeTtlSeconds: env.QUEUE_ACTIVE_TTL_SECONDS, claimSeconds: env.QUEUE_CLAIM_SECONDS };
}
