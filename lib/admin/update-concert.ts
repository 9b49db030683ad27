import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AdminConcert, ConcertPatch } from "../validations/catalogue-admin";
import { assertStaff } from "./assert-staff";
import { CONCERT_SELECT, toAdminConcert } from "./concert-view";
import { moveOpening } from "./move-opening";

/**
 * Staff correct a concert's texts or zone, or move its opening while it still
 * lies ahead (as the queue controls do); the audit entry names the fields changed.
 */
export async function updateConcert(actorId: string, concertId: string, patch: ConcertPatch, now = new Date()): Promise<AdminConcert> {
  const { salesOpenAt, ...texts } = patch;
  const concert = await getDb().$transaction(async (tx) => {
    // The write first (SQLite's write lock before the role is read); count 0 = no such concert.
    // Prisma counts no rows for an empty update, so a patch of the opening alone looks the concert up.
    const found =
      Object.keys(texts).length > 0
        ? (await tx.concert.updateMany({ where: { id: concertId }, data: texts })).count === 1
        : (await tx.concert.count({ where: { id: concertId } })) === 1;
    if (!found) throw new AppError("NOT_FOUND", "No such concert.");
    await assertStaff(tx, actorId);
    if (salesOpenAt !== undefined) await moveOpening(tx, concertId, new Date(salesOpenAt), now);
    const row = await tx.concert.findUniqueOrThrow({ where: { id: concertId }, select: CONCERT_SELECT });
    const fields = Object.keys(patch).join(", ");
    const opening = salesOpenAt !== undefined ? ` (opening now ${row.salesOpenAt!.toISOString()})` : "";
    await tx.auditLog.create({
      data: { actorId, action: "UPDATE_CONCERT", reason: `Edited ${fields} of ${row.title} (${row.id})${opening}` },
    });
    return row;
  });
  // This process's next queue read sees the new opening at once (others within a second).
  if (salesOpenAt !== undefined) changed("concert", concertId);
  return toAdminConcert(concert);
}
