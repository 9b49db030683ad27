import "server-only";
import { getSql } from "../db";

/** Drops counters whose window has ended (called by the sweep; nothing depends on it). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  return getSql().run(`DELETE FROM "RateLimit" WHERE expire <= $1`, [now.getTime()]);
}
