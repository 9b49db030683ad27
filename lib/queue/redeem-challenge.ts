import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { PowSolution } from "../validations/queue-pow";
import { leadingZeroBits, powInput } from "./pow-puzzle";
import { powDifficulty } from "./pow-difficulty";
import { decodeNonce } from "./pow-nonce";

const invalid = (detail: string) => new AppError("QUEUE_CHALLENGE_INVALID", detail);

/**
 * Checks a queue join's proof of work and uses the challenge up. Nothing is
 * needed while the concert's difficulty is 0 (contract v1 clients). The
 * check is one HMAC and one SHA-256 (microseconds); only a correct solution
 * reaches the database, where the nonce's primary key lets it be redeemed
 * once on any number of instances.
 */
export async function redeemChallenge(userId: string, concertId: string, pow: PowSolution | undefined, now = Date.now()): Promise<void> {
  const { effectiveDifficulty } = await powDifficulty(concertId);
  if (effectiveDifficulty === 0) return;
  if (!pow) {
    throw new AppError("QUEUE_CHALLENGE_REQUIRED", "Solve a challenge from GET /api/v1/queue/challenge and send it as `pow`.");
  }
  const payload = decodeNonce(pow.nonce);
  if (!payload) throw invalid("This challenge was not issued by StagePass.");
  if (payload.u !== userId) throw invalid("This challenge was issued to another account.");
  if (payload.c !== concertId) throw invalid("This challenge is for another concert.");
  if (payload.e <= now) throw new AppError("QUEUE_CHALLENGE_EXPIRED", "This challenge has expired. Get a new one.");
  if (payload.d < effectiveDifficulty) {
    throw new AppError("QUEUE_CHALLENGE_EXPIRED", "The queue now asks for more work than this challenge. Get a new one.");
  }
  const digest = createHash("sha256").update(powInput(pow.nonce, pow.solution)).digest();
  if (leadingZeroBits(digest) < payload.d) throw invalid("The solution does not meet the challenge's difficulty.");
  try {
    // The primary key closes the race between two joins with the same solved challenge.
    await getDb().powRedemption.create({
      data: { nonceHash: createHash("sha256").update(pow.nonce).digest("hex"), expiresAt: new Date(payload.e) },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("QUEUE_CHALLENGE_REUSED", "This challenge was already used. Get a new one.");
    throw e;
  }
}
