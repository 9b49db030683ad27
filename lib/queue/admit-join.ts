import "server-only";
import { consumeRateLimit } from "../rate-limit/limiter";
import { LIMITS } from "../rate-limit/limits";

/**
 * The preconditions of a queue join, checked before a token is issued or
 * looked up: each join request of a user counts against
 * QUEUE_JOINS_PER_USER_PER_MINUTE (429 RATE_LIMITED with Retry-After past it).
 */
export async function admitJoin(userId: string): Promise<void> {
  await consumeRateLimit(LIMITS.queueJoins, userId);
}
