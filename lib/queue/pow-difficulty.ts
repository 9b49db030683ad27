import "server-only";
import { onChange } from "../cache/changes";
import { TtlCache } from "../cache/ttl-cache";
import { getDb } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { PowDifficulty } from "../validations/queue-pow";

/**
 * Each process remembers a concert's setting for a second: staff raising the
 * difficulty reaches every instance within that, and a rush of joins reads
 * the concert row once a second instead of once per join.
 */
const settings = new TtlCache<{ own: number | null } | null>(1_000, 5_000);

/** A concert's proof-of-work difficulty: its own when staff set one, else QUEUE_POW_DIFFICULTY. 404 for an unknown concert. */
export async function powDifficulty(concertId: string): Promise<PowDifficulty> {
  const row = await settings.get(concertId, async () => {
    const concert = await getDb().concert.findUnique({ where: { id: concertId }, select: { powDifficulty: true } });
    return concert ? { own: concert.powDifficulty } : null;
  });
  if (!row) throw new AppError("NOT_FOUND", "No such concert.");
  return {
    concertId,
    difficulty: row.own,
    effectiveDifficulty: row.own ?? env.QUEUE_POW_DIFFICULTY,
    defaultDifficulty: env.QUEUE_POW_DIFFICULTY,
  };
}

// After a change in this process: no second of the old value here.
onChange("concert", (concertId) => settings.delete(concertId));
