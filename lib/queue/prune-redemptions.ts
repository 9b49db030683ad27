import "server-only";
import { getDb } from "../db";

/** Drops redeemed challenges past their deadline (no such challenge is accepted any more); called by the sweep. */
export async function pruneRedemptions(now = new Date()): Promise<number> {
  const { count } = await getDb().powRedemption.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
