import "server-only";
import { changed } from "../cache/changes";
import { KeyedLock } from "../concurrency/lock";
import { getDb, type Tx } from "../db";
import { admitting, effectiveSettings } from "./queue-controls";
import type { QueueSettings } from "./settings";

/** How long the admission-rate window runs before it starts again. */
const RATE_WINDOW_MS = 5 * 60 * 1000;

/**
 * Queue work of one concert waits here, in memory, for its turn at the
 * database row lock, instead of holding a pooled connection while it waits.
 * Ordering only: the row lock below is what keeps instances consistent.
 */
const queueLocks = new KeyedLock();

export async function withQueueLock<T>(concertId: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await queueLocks.run(concertId, fn);
  } finally {
    // Whatever ran under the lock may have moved the marks this process shares.
    changed("line", concertId);
  }
}

interface QueueStateRow {
  concertId: string;
  admittedSeq: number;
  rateSince: Date;
}

/**
 * Locks the concert's queue row (creating it on first use). Every decision
 * about who is ACTIVE is made while holding it, so two app instances
 * promoting at once are serialised and never exceed the limit.
 */
export async function lockQueue(tx: Tx, concertId: string) {
  return tx.queueState.upsert({
    where: { concertId },
    update: { lockVersion: { increment: 1 } },
    create: { concertId },
  });
}

/** ACTIVE tokens still inside their TTL: the slots in use. */
export function countLiveActive(tx: Tx, concertId: string, now: Date): Promise<number> {
  return tx.queueToken.count({ where: { concertId, status: "ACTIVE", expiresAt: { gt: now } } });
}

/** The queue-row update recording that every token up to `seq` is admitted (and the rate window). */
export function admittedUpTo(state: QueueStateRow, seq: number, now: Date) {
  const restartWindow = now.getTime() - state.rateSince.getTime() > RATE_WINDOW_MS;
  return {
    admittedSeq: Math.max(state.admittedSeq, seq),
    ...(restartWindow ? { rateBaseSeq: state.admittedSeq, rateSince: now } : {}),
  };
}

/**
 * An admission: ACTIVE until the end of the claim window, which a claim
 * (claim-admission.ts) extends to `activeUntil`. Without a claim window the
 * admission counts as claimed at once.
 */
export function activation(settings: QueueSettings, now: Date) {
  const activeUntil = new Date(now.getTime() + settings.activeTtlSeconds * 1000);
  const claimBy = new Date(now.getTime() + Math.min(settings.claimSeconds, settings.activeTtlSeconds) * 1000);
  return settings.claimSeconds > 0
    ? { status: "ACTIVE" as const, activatedAt: now, activeUntil, expiresAt: claimBy }
    : { status: "ACTIVE" as const, activatedAt: now, activeUntil, expiresAt: activeUntil, claimedAt: now };
}

/**
 * The concert's controls as they are now, read under the queue lock: staff
 * changes take the same lock (lib/admin/set-queue-controls.ts), so no
 * promotion runs on a pause or limit that has been changed.
 */
async function lockedControls(tx: Tx, concertId: string) {
  const [concert, counter] = await Promise.all([
    tx.concert.findUnique({
      where: { id: concertId },
      select: { salesOpenAt: true, queuePaused: true, queueActiveLimit: true, queueClaimSeconds: true },
    }),
    tx.queueCounter.findUnique({ where: { concertId }, select: { shuffledAt: true } }),
  ]);
  if (!concert) return null;
  return {
    salesOpenAt: concert.salesOpenAt,
    paused: concert.queuePaused,
    shuffledAt: counter?.shuffledAt ?? null,
    activeLimit: concert.queueActiveLimit,
    claimSeconds: concert.queueClaimSeconds,
  };
}

/**
 * Inside a transaction holding the queue lock: expires ACTIVE tokens past
 * their TTL and admits the oldest WAITING tokens into the free slots, in
 * strict issue order. Nobody is admitted while staff have paused the line or
 * before the sale has opened and its pre-queue been shuffled. The concert's
 * own limit and claim window override `settings`. Returns how many were admitted.
 */
export async function promoteLocked(tx: Tx, state: QueueStateRow, base: QueueSettings, now: Date): Promise<number> {
  const { concertId } = state;
  await tx.queueToken.updateMany({
    where: { concertId, status: "ACTIVE", expiresAt: { lte: now } },
    data: { status: "EXPIRED", endedAt: now },
  });
  const controls = await lockedControls(tx, concertId);
  if (!controls || !admitting(controls)) return 0;
  const settings = effectiveSettings(base, controls);
  const free = settings.activeLimit - (await countLiveActive(tx, concertId, now));
  if (free <= 0) return 0;
  const next = await tx.queueToken.findMany({
    where: { concertId, status: "WAITING" },
    orderBy: { seq: "asc" },
    take: free,
    select: { id: true, seq: true },
  });
  const last = next[next.length - 1];
  if (!last) return 0;
  const admitted = await tx.queueToken.updateMany({
    where: { id: { in: next.map((t) => t.id) }, status: "WAITING" },
    data: activation(settings, now),
  });
  await tx.queueState.update({ where: { concertId }, data: admittedUpTo(state, last.seq, now) });
  return admitted.count;
}

/** Admits whoever is next for a concert, in its own transaction. */
export async function promoteQueue(concertId: string, settings: QueueSettings, now = new Date()): Promise<number> {
  return withQueueLock(concertId, () =>
    getDb().$transaction(async (tx) => promoteLocked(tx, await lockQueue(tx, concertId), settings, now)),
  );
}
