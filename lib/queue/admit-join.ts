import "server-only";
import { consumeRateLimit } from "../rate-limit/limiter";
import { LIMITS } from "../rate-limit/limits";
import type { PowSolution } from "../validations/queue-pow";
import { redeemChallenge } from "./redeem-challenge";

/**
 * The preconditions of a queue join, checked before a token is issued or
 * looked up: each join request of a user counts against
 * QUEUE_JOINS_PER_USER_PER_MINUTE (429 RATE_LIMITED with Retry-After past
 * it), then the proof of work is checked and used up (lib/queue/redeem-challenge.ts).
 */
export async function admitJoin(userId: string, concertId: string, pow: PowSolution | undefined): Promise<void> {
  await consumeRateLimit(LIMITS.queueJoins, userId);
  await redeemChallenge(userId, concertId, pow);
}
