import "server-only";
import { TtlCache } from "../cache/ttl-cache";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { QueueStatus } from "../validations/queue";
import { observedRate } from "./estimates";
import { promoteQueue } from "./promote";
import { forgetQueueMarks, queueMarks, waitingCount } from "./queue-marks";
import { queueSettings, type QueueSettings } from "./settings";

/** Public and the same for every fan: a CDN may serve it for a second, and a while longer while it refreshes. */
export const STATUS_CACHE_CONTROL = "public, max-age=1, stale-while-revalidate=5";

/** Known concerts, so the public counter of an unknown id is a 404 without a read each time. */
const concerts = new TtlCache<boolean>(60_000, 10_000);

/**
 * The public serving counter of a concert's line: identical for every fan
 * (no personal data), so a CDN or caching proxy can answer the polling of a
 * whole sale. A fan's page compares `servingSeq` with its own issue number.
 *
 * Reading it also keeps the line moving: when the marks show a free slot and
 * fans waiting (a slot idled out, nobody near the front polled), it admits the
 * next in line first, under the queue lock like every other promotion.
 */
export async function getQueueStatus(concertId: string, settings: QueueSettings = queueSettings()): Promise<QueueStatus> {
  const now = new Date();
  const known = await concerts.get(concertId, async () => (await getDb().concert.count({ where: { id: concertId } })) > 0);
  if (!known) throw new AppError("NOT_FOUND", "No such concert.");
  let marks = await queueMarks(concertId, now);
  if (marks.liveActive < settings.activeLimit && waitingCount(marks) > 0 && (await promoteQueue(concertId, settings, now)) > 0) {
    forgetQueueMarks(concertId);
    marks = await queueMarks(concertId, now);
  }
  const rate = observedRate(marks, now);
  return {
    concertId,
    servingSeq: marks.admittedSeq,
    lastIssued: marks.lastSeq,
    waiting: waitingCount(marks),
    active: marks.liveActive,
    activeLimit: settings.activeLimit,
    admissionsPerMinute: rate === null ? 0 : Math.round(rate * 600) / 10,
    paused: false,
    updatedAt: marks.readAt.toISOString(),
  };
}
