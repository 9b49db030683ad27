import "server-only";
import { getDb } from "../db";
import { shuffledPlaces } from "../queue/seeded-shuffle";

/**
 * The audit of an opening: recomputes the places from the stored seed over
 * the join numbers 1..n and compares them with every pre-queued token's
 * place. True only when all n tokens are there and each sits where the seed
 * puts it.
 */
export async function verifyShuffle(concertId: string, seed: string, preQueueSize: number): Promise<boolean> {
  const rows = await getDb().queueToken.findMany({ where: { concertId, joinSeq: { not: null } }, select: { joinSeq: true, seq: true } });
  if (rows.length !== preQueueSize) return false;
  const places = shuffledPlaces(seed, preQueueSize);
  return rows.every((r) => places[r.joinSeq! - 1] === r.seq);
}
