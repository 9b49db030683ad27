import "server-only";
import { POW_ALGORITHM } from "./pow-puzzle";
import { powDifficulty } from "./pow-difficulty";
import { encodeNonce } from "./pow-nonce";
import type { Challenge } from "../validations/queue-pow";

/** A solved challenge must come back within this time (a phone solves the default in well under a second). */
export const CHALLENGE_TTL_SECONDS = 120;

/**
 * A proof-of-work challenge for one user and one concert, at the concert's
 * difficulty now (GET /api/v1/queue/challenge). 404 for an unknown concert.
 */
export async function issueChallenge(userId: string, concertId: string, now = Date.now()): Promise<Challenge> {
  const { effectiveDifficulty } = await powDifficulty(concertId);
  const expiresAt = now + CHALLENGE_TTL_SECONDS * 1000;
  return {
    concertId,
    nonce: encodeNonce({ u: userId, c: concertId, d: effectiveDifficulty, e: expiresAt }),
    difficulty: effectiveDifficulty,
    algorithm: POW_ALGORITHM,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}
