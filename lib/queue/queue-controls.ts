import "server-only";
import { onChange } from "../cache/changes";
import { TtlCache } from "../cache/ttl-cache";
import { getDb } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { QueueSettings } from "./settings";

/**
 * What a concert's line obeys besides the server's settings: the on-sale
 * time, the shuffle's record and the staff's live controls. Each process
 * keeps it for a second, so a staff change reaches every instance within
 * that; promotion itself reads the controls inside its transaction
 * (promote.ts), so pausing and the limit are exact there.
 */
export interface QueueControls {
  salesOpenAt: Date | null;
  paused: boolean;
  activeLimit: number | null;
  claimSeconds: number | null;
  shuffledAt: Date | null;
  shuffleSeed: string | null;
  preQueueSize: number;
}

export type QueuePhase = "BEFORE_PRE_QUEUE" | "PRE_QUEUE" | "OPEN";

const CONTROLS_TTL_MS = 1_000;
const cache = new TtlCache<QueueControls | null>(CONTROLS_TTL_MS, 10_000);

async function load(concertId: string): Promise<QueueControls | null> {
  const db = getDb();
  const [concert, counter] = await Promise.all([
    db.concert.findUnique({
      where: { id: concertId },
      select: { salesOpenAt: true, queuePaused: true, queueActiveLimit: true, queueClaimSeconds: true },
    }),
    db.queueCounter.findUnique({ where: { concertId }, select: { shuffledAt: true, shuffleSeed: true, preQueueSize: true } }),
  ]);
  if (!concert) return null;
  return {
    salesOpenAt: concert.salesOpenAt,
    paused: concert.queuePaused,
    activeLimit: concert.queueActiveLimit,
    claimSeconds: concert.queueClaimSeconds,
    shuffledAt: counter?.shuffledAt ?? null,
    shuffleSeed: counter?.shuffleSeed ?? null,
    preQueueSize: counter?.preQueueSize ?? 0,
  };
}

/** The concert's controls as this process last read them (at most a second old). 404 for an unknown concert. */
export async function queueControls(concertId: string): Promise<QueueControls> {
  const controls = await cache.get(concertId, () => load(concertId));
  if (!controls) throw new AppError("NOT_FOUND", "No such concert.");
  return controls;
}

// The controls come from the concert row and the line's counter (the shuffle): a change to either, and the next read is fresh.
onChange("concert", (concertId) => cache.delete(concertId));
onChange("line", (concertId) => cache.delete(concertId));

/** When the pre-queue opens: PRE_QUEUE_MINUTES before the sale. */
export function preQueueOpensAt(salesOpenAt: Date): Date {
  return new Date(salesOpenAt.getTime() - env.PRE_QUEUE_MINUTES * 60_000);
}

/**
 * Where the line stands: before the pre-queue window nobody may join; in it
 * fans join the pre-queue; OPEN once the sale has opened (and the pre-queue
 * has been or is about to be shuffled). A concert without salesOpenAt is OPEN.
 */
export function queuePhase(controls: Pick<QueueControls, "salesOpenAt" | "shuffledAt">, now: Date): QueuePhase {
  const { salesOpenAt } = controls;
  if (!salesOpenAt || controls.shuffledAt || salesOpenAt <= now) return "OPEN";
  return preQueueOpensAt(salesOpenAt) <= now ? "PRE_QUEUE" : "BEFORE_PRE_QUEUE";
}

/** Whether fans may be promoted: the sale is open, its pre-queue shuffled, and staff have not paused it. */
export function admitting(controls: Pick<QueueControls, "salesOpenAt" | "shuffledAt" | "paused">): boolean {
  return !controls.paused && (controls.salesOpenAt === null || controls.shuffledAt !== null);
}

/** The server's settings with the concert's own overrides. */
export function effectiveSettings(base: QueueSettings, controls: Pick<QueueControls, "activeLimit" | "claimSeconds">): QueueSettings {
  return {
    ...base,
    activeLimit: controls.activeLimit ?? base.activeLimit,
    claimSeconds: controls.claimSeconds ?? base.claimSeconds,
  };
}
