import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors";
import { RATE_LIMIT_TABLE, rateLimitStoreClient } from "./store-client";

export interface RateLimit {
  /** Name of the limit, the prefix of its keys. */
  name: string;
  /** Points (requests, failures…) allowed per window. */
  max: number;
  /** The window starts at a subject's first point and lasts this long. */
  windowSeconds: number;
  /** How the 429's detail names what was limited. */
  what?: string;
}

const limiters = new Map<string, RateLimiterPostgres>();

/** One limiter object per limit and process; the counts themselves live in the database. */
function limiterFor(limit: RateLimit): RateLimiterPostgres {
  const id = `${limit.name}:${limit.max}:${limit.windowSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: rateLimitStoreClient,
      storeType: "pool",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Expired rows are pruned by the sweep (lib/ops/sweep.ts), not by a timer of the library.
      clearExpiredByTimeout: false,
      keyPrefix: limit.name,
      points: limit.max,
      duration: limit.windowSeconds,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

/** Subjects (emails, addresses, user ids) are stored hashed: the table holds no personal data. */
const keyOf = (subject: string) => createHash("sha256").update(subject).digest("base64url").slice(0, 32);

const retrySeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** 429 RATE_LIMITED with Retry-After for a spent budget. */
export function rateLimitedError(res: RateLimiterRes, what = "requests"): AppError {
  const seconds = retrySeconds(res);
  return new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${seconds} s.`, {
    headers: { "Retry-After": String(seconds) },
  });
}

/**
 * Counts `points` for `subject` (one atomic upsert, shared by all instances)
 * and refuses with 429 RATE_LIMITED + Retry-After once the window's budget is
 * spent: of N parallel requests exactly `max` get through.
 */
export async function consumeRateLimit(limit: RateLimit, subject: string, points = 1): Promise<RateLimiterRes> {
  try {
    return await limiterFor(limit).consume(keyOf(subject), points);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimitedError(e, limit.what);
    throw e;
  }
}

/** The subject's count in its current window, without counting anything (null: none). */
export async function peekRateLimit(limit: RateLimit, subject: string): Promise<RateLimiterRes | null> {
  return limiterFor(limit).get(keyOf(subject));
}

/** Gives points back, e.g. for a request that turned out to be a replay. */
export async function refundRateLimit(limit: RateLimit, subject: string, points = 1): Promise<void> {
  await limiterFor(limit).reward(keyOf(subject), points);
}

/** Forgets the subject's count, e.g. failed sign-ins after a successful one. */
export async function resetRateLimit(limit: RateLimit, subject: string): Promise<void> {
  await limiterFor(limit).delete(keyOf(subject));
}
