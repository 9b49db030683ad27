import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { powDifficulty } from "../queue/pow-difficulty";
import { effectiveSettings, preQueueOpensAt } from "../queue/queue-controls";
import { queueSettings } from "../queue/settings";
import type { QueueControlsView } from "../validations/queue-controls";
import { verifyShuffle } from "./verify-shuffle";

/** A concert's live controls as staff see them, read fresh, with the opening's shuffle and its check. 404 for an unknown concert. */
export async function getQueueControls(concertId: string): Promise<QueueControlsView> {
  const db = getDb();
  const [concert, counter] = await Promise.all([
    db.concert.findUnique({
      where: { id: concertId },
      select: {
        title: true,
        titleEn: true,
        timeZone: true,
        salesOpenAt: true,
        queuePaused: true,
        queueActiveLimit: true,
        queueClaimSeconds: true,
      },
    }),
    db.queueCounter.findUnique({ where: { concertId }, select: { shuffledAt: true, shuffleSeed: true, preQueueSize: true } }),
  ]);
  if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
  const effective = effectiveSettings(queueSettings(), { activeLimit: concert.queueActiveLimit, claimSeconds: concert.queueClaimSeconds });
  const shuffled = counter?.shuffledAt && counter.shuffleSeed ? counter : null;
  return {
    concertId,
    title: concert.title,
    titleEn: concert.titleEn || null,
    timeZone: concert.timeZone,
    paused: concert.queuePaused,
    activeLimit: concert.queueActiveLimit,
    effectiveActiveLimit: effective.activeLimit,
    claimSeconds: concert.queueClaimSeconds,
    effectiveClaimSeconds: effective.claimSeconds,
    salesOpenAt: concert.salesOpenAt?.toISOString() ?? null,
    preQueueOpensAt: concert.salesOpenAt ? preQueueOpensAt(concert.salesOpenAt).toISOString() : null,
    powDifficulty: await powDifficulty(concertId),
    shuffle: shuffled
      ? {
          shuffledAt: shuffled.shuffledAt!.toISOString(),
          seed: shuffled.shuffleSeed!,
          preQueueSize: shuffled.preQueueSize,
          verified: await verifyShuffle(concertId, shuffled.shuffleSeed!, shuffled.preQueueSize),
        }
      : null,
  };
}
