import "server-only";
import { getSql } from "../db";
import { newShuffleSeed, shuffledPlaces } from "./seeded-shuffle";

/**
 * Conditional on the sale having opened: takes the concert row's lock, so a
 * staff move of salesOpenAt (allowed only while it lies ahead) and the
 * shuffle never both succeed.
 */
const LOCK_OPENED_CONCERT = `UPDATE "Concert" SET "salesOpenAt" = "salesOpenAt" WHERE "id" = $1 AND "salesOpenAt" <= $2`;

/**
 * The one decision: only the statement that finds shuffledAt unset records
 * the shuffle, however many instances race. The counter row is the one every
 * join increments, so the pre-queue is exactly the numbers issued before it
 * (a join waits for this row and gets a number behind them).
 */
const MARK_SHUFFLED = `INSERT INTO "QueueCounter" ("concertId", "lastSeq", "shuffledAt", "shuffleSeed", "preQueueSize") VALUES ($1, 0, $2, $3, 0)
ON CONFLICT ("concertId") DO UPDATE SET "shuffledAt" = $2, "shuffleSeed" = $3, "preQueueSize" = "QueueCounter"."lastSeq"
WHERE "QueueCounter"."shuffledAt" IS NULL
RETURNING "preQueueSize"`;

/** Out of the unique (concertId, seq) index's way first: the join number kept, the place set below. */
const PARK = `UPDATE "QueueToken" SET "joinSeq" = "seq", "seq" = -"seq" WHERE "concertId" = $1 AND "seq" > 0 AND "seq" <= $2`;

/** places[joinSeq - 1] is the new place; one statement per dialect for reading a JSON array. */
const PLACE = {
  postgresql: `UPDATE "QueueToken" SET "seq" = (($2::jsonb) ->> ("joinSeq" - 1))::int WHERE "concertId" = $1 AND "seq" < 0`,
  sqlite: `UPDATE "QueueToken" SET "seq" = CAST(json_extract($2, '$[' || ("joinSeq" - 1) || ']') AS INTEGER) WHERE "concertId" = $1 AND "seq" < 0`,
};

/**
 * Shuffles a concert's pre-queue once its sale has opened: every fan who
 * joined before gets a uniformly random place 1..n (seeded-shuffle.ts, the
 * seed stored for audit), ahead of everyone joining later, who stay in
 * arrival order behind them. Exactly once per concert: whoever comes first
 * (a request or the sweep, on any instance) does it; the others find it done.
 * Returns whether this call did it.
 */
export async function shufflePreQueue(concertId: string, now: Date): Promise<boolean> {
  const sql = getSql();
  return sql.transaction(async (tx) => {
    if ((await tx.run(LOCK_OPENED_CONCERT, [concertId, now])) !== 1) return false;
    const seed = newShuffleSeed();
    const [won] = await tx.rows<{ preQueueSize: number }>(MARK_SHUFFLED, [concertId, now, seed]);
    if (!won) return false;
    const n = won.preQueueSize;
    if (n > 0) {
      await tx.run(PARK, [concertId, n]);
      await tx.run(PLACE[sql.dialect], [concertId, JSON.stringify(shuffledPlaces(seed, n))]);
    }
    return true;
  });
}
