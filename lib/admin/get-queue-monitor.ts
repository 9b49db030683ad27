import "server-only";
import { getDb } from "../db";
import type { QueueMonitor } from "../validations/admin";

/** The window over which the admission rate is measured. */
export const ADMISSION_WINDOW_MS = 5 * 60 * 1000;

/**
 * The waiting room per concert: waiting and active counts, admission rate
 * (tokens activated in the last 5 minutes, per minute) and how long the
 * oldest waiting fan has waited. An ACTIVE token past its expiresAt is
 * not counted as active, sweeper or not.
 */
export async function getQueueMonitor(now = new Date()): Promise<QueueMonitor> {
  const db = getDb();
  const since = new Date(now.getTime() - ADMISSION_WINDOW_MS);
  const [concerts, waiting, active, admitted, claimed, lapsed, oldest] = await Promise.all([
    db.concert.findMany({
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        titleEn: true,
        timeZone: true,
        salesOpenAt: true,
        queuePaused: true,
        queueCounter: { select: { shuffledAt: true, shuffleSeed: true, preQueueSize: true } },
      },
    }),
    db.queueToken.groupBy({ by: ["concertId"], where: { status: "WAITING" }, _count: { _all: true } }),
    db.queueToken.groupBy({
      by: ["concertId"],
      where: { status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      _count: { _all: true },
    }),
    db.queueToken.groupBy({ by: ["concertId"], where: { activatedAt: { gt: since, lte: now } }, _count: { _all: true } }),
    db.queueToken.groupBy({
      by: ["concertId"],
      where: { activatedAt: { gt: since, lte: now }, claimedAt: { not: null } },
      _count: { _all: true },
    }),
    // Never claimed and past its window: whether or not a promotion has marked it EXPIRED yet.
    db.queueToken.groupBy({
      by: ["concertId"],
      where: { activatedAt: { gt: since, lte: now }, claimedAt: null, expiresAt: { lte: now } },
      _count: { _all: true },
    }),
    db.queueToken.groupBy({ by: ["concertId"], where: { status: "WAITING" }, _min: { createdAt: true } }),
  ]);
  const countOf = (groups: { concertId: string; _count: { _all: number } }[]) => new Map(groups.map((g) => [g.concertId, g._count._all]));
  const [w, a, adm, cl, lp] = [countOf(waiting), countOf(active), countOf(admitted), countOf(claimed), countOf(lapsed)];
  const oldestOf = new Map(oldest.map((g) => [g.concertId, g._min.createdAt]));
  return {
    generatedAt: now.toISOString(),
    concerts: concerts.map((c) => {
      const first = oldestOf.get(c.id);
      const waitingNow = w.get(c.id) ?? 0;
      const perMinute = (adm.get(c.id) ?? 0) / 5;
      const shuffledAt = c.queueCounter?.shuffledAt ?? null;
      return {
        concertId: c.id,
        title: c.title,
        titleEn: c.titleEn || null,
        timeZone: c.timeZone,
        waiting: w.get(c.id) ?? 0,
        active: a.get(c.id) ?? 0,
        admissionPerMinute: Math.round(((adm.get(c.id) ?? 0) / 5) * 10) / 10,
        claimed: cl.get(c.id) ?? 0,
        lapsed: lp.get(c.id) ?? 0,
        oldestWaitingSeconds: first ? Math.max(0, Math.floor((now.getTime() - first.getTime()) / 1000)) : null,
        etaLastSeconds: waitingNow > 0 && perMinute > 0 ? Math.round((waitingNow / perMinute) * 60) : null,
        paused: c.queuePaused,
        salesOpenAt: c.salesOpenAt?.toISOString() ?? null,
        // Before the shuffle the pre-queue is everyone waiting; after it, the size it had.
        preQueueSize: shuffledAt ? (c.queueCounter?.preQueueSize ?? 0) : c.salesOpenAt ? waitingNow : 0,
        shuffledAt: shuffledAt?.toISOString() ?? null,
        shuffleSeed: c.queueCounter?.shuffleSeed ?? null,
      };
    }),
  };
}
