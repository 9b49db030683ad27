import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import { lockQueue, promoteQueue } from "../queue/promote";
import { queueSettings } from "../queue/settings";
import type { QueueControlsInput, QueueControlsView } from "../validations/queue-controls";
import { assertStaff } from "./assert-staff";
import { getQueueControls } from "./get-queue-controls";
import { moveOpening } from "./move-opening";

const setting = (value: number | null, unit: string) => (value === null ? "server default" : `${value}${unit}`);

/**
 * Staff change a concert's line while it runs: pause or resume admission,
 * its own active limit and claim window, its opening (only while ahead).
 * One audit row per change, with the reason. The transaction holds the
 * queue lock, so no promotion runs on the old values once this returns;
 * every instance's fast paths obey within a second (queue-controls.ts).
 * A resume or a higher limit admits the next fans at once.
 */
export async function setQueueControls(
  actorId: string,
  concertId: string,
  input: QueueControlsInput,
  now = new Date(),
): Promise<QueueControlsView> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const concert = await tx.concert.findUnique({ where: { id: concertId }, select: { title: true } });
    if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
    // The queue lock: a promotion in flight finishes first, the next one reads the new controls.
    await lockQueue(tx, concertId);
    await assertStaff(tx, actorId);
    const audit = (action: string, what: string) =>
      tx.auditLog.create({ data: { actorId, action, reason: `${input.reason} — ${concert.title}: ${what}` } });
    const data = {
      ...(input.paused !== undefined ? { queuePaused: input.paused } : {}),
      ...(input.activeLimit !== undefined ? { queueActiveLimit: input.activeLimit } : {}),
      ...(input.claimSeconds !== undefined ? { queueClaimSeconds: input.claimSeconds } : {}),
    };
    if (Object.keys(data).length > 0) await tx.concert.update({ where: { id: concertId }, data });
    if (input.paused !== undefined)
      await audit(input.paused ? "PAUSE_QUEUE" : "RESUME_QUEUE", input.paused ? "admission paused" : "admission resumed");
    if (input.activeLimit !== undefined) await audit("SET_QUEUE_ACTIVE_LIMIT", `active limit ${setting(input.activeLimit, "")}`);
    if (input.claimSeconds !== undefined) await audit("SET_QUEUE_CLAIM_SECONDS", `claim window ${setting(input.claimSeconds, " s")}`);
    if (input.salesOpenAt !== undefined) {
      await moveOpening(tx, concertId, new Date(input.salesOpenAt), now);
      await audit("MOVE_SALES_OPEN", `opening moved to ${input.salesOpenAt}`);
    }
  });
  changed("concert", concertId);
  await promoteQueue(concertId, queueSettings());
  return getQueueControls(concertId);
}
