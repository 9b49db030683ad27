/**
 * The runner's eye on the database while the fans run. The rush ends when
 * every seat is SOLD in the database (not when the fans' own count says so: a
 * 201 lost in the outage would leave fans waiting for a sale that happened).
 * The only clock is a hang guard: when no seat has been sold and no fan has
 * finished for `stallSec`, the rush is given up and the run fails. A slow
 * machine makes the rush longer, not different.
 */
import type { Db } from "../../lib/db/create-client";
import type { RushState } from "./fans";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function watchRush(db: Db, run: RushState, scheduleIds: string[], stallSec: number, done: () => boolean): Promise<void> {
  let sold = 0;
  while (!done()) {
    await sleep(500);
    try {
      const now = await db.seat.count({ where: { status: "SOLD", scheduleId: { in: scheduleIds } } });
      if (now > sold) {
        sold = now;
        run.lastProgress = performance.now();
      }
      if (sold >= run.totalSeats) run.soldOut = true;
    } catch {
      // The runner's own read is not under test (its connection is not the victim's); the next one counts.
    }
    if (performance.now() - run.lastProgress > stallSec * 1000) run.stalled = true;
  }
}
