import "server-only";
import { changed } from "../cache/changes";
import type { QueueStatus } from "../validations/queue";
import { observedRate } from "./estimates";
import { openQueue } from "./open-queue";
import { promoteQueue } from "./promote";
import { admitting, effectiveSettings, preQueueOpensAt, queuePhase } from "./queue-controls";
import { queueMarks, waitingCount } from "./queue-marks";
import { queueSettings, type QueueSettings } from "./settings";

/** Public and the same for every fan: a CDN may serve it for a second, and a while longer while it refreshes. */
export const STATUS_CACHE_CONTROL = "public, max-age=1, stale-while-revalidate=5";

/**
 * The public serving counter of a concert's line: identical for every fan
 * (no personal data), so a CDN or caching proxy can answer the polling of a
 * whole sale. A fan's page compares `servingSeq` with its own issue number.
 *
 * Reading it also keeps the line moving: when the marks show a free slot and
 * fans waiting (a slot idled out, nobody near the front polled), it admits the
 * next in line first, under the queue lock like every other promotion; and
 * the first read after the opening shuffles the pre-queue (open-queue.ts).
 * 404 for an unknown concert (its controls are cached, so not a read each time).
 */
export async function getQueueStatus(concertId: string, base: QueueSettings = queueSettings()): Promise<QueueStatus> {
  const now = new Date();
  const controls = await openQueue(concertId, now);
  const settings = effectiveSettings(base, controls);
  let marks = await queueMarks(concertId, now);
  if (
    admitting(controls) &&
    marks.liveActive < settings.activeLimit &&
    waitingCount(marks) > 0 &&
    (await promoteQueue(concertId, base, now)) > 0
  ) {
    changed("line", concertId);
    marks = await queueMarks(concertId, now);
  }
  const rate = observedRate(marks, now);
  const phase = queuePhase(controls, now);
  return {
    concertId,
    servingSeq: marks.admittedSeq,
    lastIssued: marks.lastSeq,
    waiting: waitingCount(marks),
    active: marks.liveActive,
    activeLimit: settings.activeLimit,
    admissionsPerMinute: rate === null ? 0 : Math.round(rate * 600) / 10,
    paused: controls.paused,
    phase,
    salesOpenAt: controls.salesOpenAt?.toISOString() ?? null,
    preQueueOpensAt: controls.salesOpenAt ? preQueueOpensAt(controls.salesOpenAt).toISOString() : null,
    preQueueSize: controls.shuffledAt ? controls.preQueueSize : controls.salesOpenAt ? waitingCount(marks) : 0,
    shuffledAt: controls.shuffledAt?.toISOString() ?? null,
    updatedAt: marks.readAt.toISOString(),
  };
}
