import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { promoteQueue } from "./promote";
import { forgetQueueMarks, positionFrom, queueMarks } from "./queue-marks";
import { queueSettings, type QueueSettings } from "./settings";
import { findToken } from "./require-active-token";
import { effectiveTokenStatus, toTokenView } from "./token-view";

/**
 * A fan's place in the waiting room (owner only; others get 404).
 *
 * The hottest request of a sale: one lookup of the fan's own token, plus the
 * concert's queue marks shared by every poller of this process. A fan near
 * the front whose concert has a free slot (or an idled-out one) triggers
 * promotion, which is decided in the database under the queue lock, so
 * admission never waits for a timer.
 */
export async function getToken(userId: string, tokenValue: string, settings: QueueSettings = queueSettings()): Promise<QueueTokenView> {
  const db = getDb();
  const now = new Date();
  let token = await findToken(tokenValue);
  if (!token || token.userId !== userId) throw new AppError("NOT_FOUND", "No such queue token.");
  let marks = await queueMarks(token.concertId, now);
  if (!marks) throw new AppError("NOT_FOUND", "No such queue token.");
  if (effectiveTokenStatus(token, now) !== "WAITING") return toTokenView(db, token, marks, settings, now);

  let position = positionFrom(marks, token.seq);
  const freeSlots = settings.activeLimit - marks.liveActive;
  if (freeSlots > 0 && position <= freeSlots && (await promoteQueue(token.concertId, settings, now)) > 0) {
    forgetQueueMarks(token.concertId);
    token = (await findToken(tokenValue))!;
    marks = (await queueMarks(token.concertId, now))!;
    position = positionFrom(marks, token.seq);
  }
  return toTokenView(db, token, marks, settings, now, position);
}
