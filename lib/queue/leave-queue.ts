import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import { promoteQueue } from "./promote";
import { queueSettings, type QueueSettings } from "./settings";

/**
 * A fan leaves the waiting room (owner only). A waiting token is marked as
 * having left, which keeps everyone else's position exact; an active one
 * frees its slot for the next in line at once. Leaving twice is harmless.
 */
export async function leaveQueue(userId: string, tokenValue: string, settings: QueueSettings = queueSettings()): Promise<void> {
  const db = getDb();
  const now = new Date();
  const token = await db.queueToken.findUnique({ where: { token: tokenValue }, select: { id: true, userId: true, concertId: true } });
  if (!token || token.userId !== userId) throw new AppError("NOT_FOUND", "No such queue token.");
  // Conditional writes: a promotion may turn WAITING into ACTIVE at the same moment.
  const left = await db.queueToken.updateMany({
    where: { id: token.id, status: "WAITING" },
    data: { status: "EXPIRED", leftWaiting: true, endedAt: now },
  });
  if (left.count === 1) changed("line", token.concertId);
  if (left.count === 0) {
    const freed = await db.queueToken.updateMany({ where: { id: token.id, status: "ACTIVE" }, data: { status: "EXPIRED", endedAt: now } });
    if (freed.count === 1) await promoteQueue(token.concertId, settings, now);
  }
}
