import { env } from "../env";

/** Waiting-room settings; a parameter so tests and benchmarks can vary them. */
export interface QueueSettings {
  /** ACTIVE tokens per concert at once. */
  activeLimit: number;
  /** An ACTIVE token expires this long after activation. */
  activeTtlSeconds: number;
}

export function queueSettings(): QueueSettings {
  return { activeLimit: env.QUEUE_ACTIVE_LIMIT, activeTtlSeconds: env.QUEUE_ACTIVE_TTL_SECONDS };
}
