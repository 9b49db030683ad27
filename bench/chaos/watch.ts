/**
 * The runner's eye on the database while the fans run. The rush ends when
 * every seat is SOLD in the database (not when the fans' own count says so: a
 * 201 lost in the outage would leave fans waiting for a sale that happened).
 * The only clock is a hang guard: when no seat has been sold and no fan has
 * finished for `stallSec`, the rush is given up and the run fails. That clock
 * stands still while the victim is restarting, which has a limit of its own
 * (the same number of seconds to be live again). A slow machine makes the
 * rush longer, not different.
 */
import type { Db } from "../../lib/db/create-client";
import type { RushState } from "./fans";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Often enough that the kill, timed on this count, comes mid-sale even when 50 seats go in a few seconds. */
const EVERY_MS = 200;

export async function watchRush(db: Db, run: RushState, scheduleIds: string[], stallSec: number, done: () => boolean): Promise<void> {
  while (!done()) {
    await sleep(EVERY_MS);
    try {
      const sold = await db.seat.count({ where: { status: "SOLD", scheduleId: { in: scheduleIds } } });
      if (sold > run.soldInDb) {
        run.soldInDb = sold;
        run.lastProgress = performance.now();
      }
      if (sold >= run.totalSeats) run.soldOut = true;
    } catch {
      // The runner's own read is not under test (its connection is not the victim's); the next one counts.
    }
    if (run.restarting) run.lastProgress = performance.now();
    else if (performance.now() - run.lastProgress > stallSec * 1000) run.stalled = true;
  }
}
