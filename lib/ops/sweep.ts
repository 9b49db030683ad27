import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { pruneRateLimits } from "../rate-limit/prune-rate-limits";
import { openQueue } from "../queue/open-queue";
import { promoteQueue } from "../queue/promote";
import { pruneRedemptions } from "../queue/prune-redemptions";
import { queueSettings } from "../queue/settings";

/**
 * Tidies what time has already decided: run-out holds become EXPIRED
 * reservations with their seats AVAILABLE, idled-out tokens EXPIRED, and each
 * concert's free slots are filled. Nothing here decides an outcome (expiry is
 * a timestamp every read compares with now), so it is safe to run from any
 * number of instances at once, or not at all for a while.
 */
export async function sweep(now = new Date()): Promise<{ expiredHolds: number; admitted: number }> {
  const db = getDb();
  const expiredHolds = await db.$transaction(async (tx) => {
    // Conditional on the deadline: a hold paid a moment ago is CONFIRMED and untouched.
    const expired = await tx.reservation.updateMany({
      where: { status: "HELD", heldUntil: { lte: now } },
      data: { status: "EXPIRED", endedAt: now },
    });
    await tx.seat.updateMany({
      where: { status: "HELD", heldUntil: { lte: now } },
      data: { status: "AVAILABLE", holderId: null, heldUntil: null },
    });
    return expired.count;
  });
  if (expiredHolds > 0) changed("seats", undefined);
  await pruneRateLimits(now);
  await pruneRedemptions(now);
  // Sales that have opened with nobody asking yet: their pre-queue is shuffled here.
  const opened = await db.concert.findMany({
    where: { salesOpenAt: { lte: now }, OR: [{ queueCounter: { is: null } }, { queueCounter: { is: { shuffledAt: null } } }] },
    select: { id: true },
  });
  for (const c of opened) await openQueue(c.id, now);
  const settings = queueSettings();
  const queues = await db.queueCounter.findMany({ where: { lastSeq: { gt: 0 } }, select: { concertId: true } });
  let admitted = 0;
  for (const q of queues) admitted += await promoteQueue(q.concertId, settings, now);
  return { expiredHolds, admitted };
}
