import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";

/**
 * Moves a concert's opening (staff queue controls and the catalogue PATCH).
 * Conditional on the current opening still lying ahead, so it never races
 * the shuffle (shuffle-pre-queue.ts): once a sale has opened, or for a
 * concert on sale from the start, its line exists and the time stays.
 */
export async function moveOpening(tx: Tx, concertId: string, to: Date, now: Date): Promise<void> {
  if (to <= now)
    throw new AppError("VALIDATION_FAILED", "The new opening must lie in the future.", {
      errors: [{ path: "salesOpenAt", message: "must be in the future" }],
    });
  const moved = await tx.concert.updateMany({ where: { id: concertId, salesOpenAt: { gt: now } }, data: { salesOpenAt: to } });
  if (moved.count !== 1)
    throw new AppError("SALES_ALREADY_OPEN", "This sale has opened (or has no scheduled opening), so its opening can no longer be moved.");
}
