import "server-only";
import { getDb, type Tx } from "../db";
import type { QueueSettings } from "./settings";

/** How long the admission-rate window runs before it starts again. */
const RATE_WINDOW_MS = 5 * 60 * 1000;

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

/**
 * Inside a transaction holding the queue lock: expires ACTIVE tokens past
 * their TTL and admits the oldest WAITING tokens into the free slots, in
 * strict issue order. Returns how many were admitted.
 */
export async function promoteLocked(
  tx: Tx,
  state: { concertId: string; admittedSeq: number; rateSince: Date },
  settings: QueueSettings,
  now: Date,
): Promise<number> {
  const { concertId } = state;
  await tx.queueToken.updateMany({
    where: { concertId, status: "ACTIVE", expiresAt: { lte: now } },
    data: { status: "EXPIRED", endedAt: now },
  });
  const active = await tx.queueToken.count({ where: { concertId, status: "ACTIVE" } });
  const free = settings.activeLimit - active;
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
    data: { status: "ACTIVE", activatedAt: now, expiresAt: new Date(now.getTime() + settings.activeTtlSeconds * 1000) },
  });
  const restartWindow = now.getTime() - state.rateSince.getTime() > RATE_WINDOW_MS;
  await tx.queueState.update({
    where: { concertId },
    data: {
      admittedSeq: Math.max(state.admittedSeq, last.seq),
      ...(restartWindow ? { rateBaseSeq: state.admittedSeq, rateSince: now } : {}),
    },
  });
  return admitted.count;
}

/** Admits whoever is next for a concert, in its own transaction. */
export async function promoteQueue(concertId: string, settings: QueueSettings, now = new Date()): Promise<number> {
  return getDb().$transaction(async (tx) => promoteLocked(tx, await lockQueue(tx, concertId), settings, now));
}
