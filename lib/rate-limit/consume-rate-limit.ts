import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";

export interface RateLimit {
  /** Name of the limit, part of the bucket key. */
  name: string;
  /** Requests allowed per window. */
  max: number;
  windowSeconds: number;
}

/**
 * Counts one request of `subject` against a fixed-window limit shared by all
 * app instances (one upsert: atomic on both databases), and refuses it with
 * 429 RATE_LIMITED and Retry-After once the window's budget is spent.
 */
export async function consumeRateLimit(limit: RateLimit, subject: string, now = new Date()): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const expiresAt = new Date(windowStart + windowMs);
  const bucket = await getDb().rateLimitBucket.upsert({
    where: { key: `${limit.name}:${subject}:${windowStart}` },
    create: { key: `${limit.name}:${subject}:${windowStart}`, count: 1, expiresAt },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  if (bucket.count > limit.max) {
    const retryAfter = Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${retryAfter} s.`, {
      headers: { "Retry-After": String(retryAfter) },
    });
  }
}

/** Drops counters of windows that have ended (called by the sweep). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const { count } = await getDb().rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
