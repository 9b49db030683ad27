import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AdminConcert, ConcertPatch } from "../validations/catalogue-admin";
import { assertStaff } from "./assert-staff";
import { CONCERT_SELECT, toAdminConcert } from "./concert-view";

/** Staff correct a concert's texts or zone; the audit entry names the fields changed. */
export async function updateConcert(actorId: string, concertId: string, patch: ConcertPatch): Promise<AdminConcert> {
  const concert = await getDb().$transaction(async (tx) => {
    // The write first (SQLite's write lock before the role is read); count 0 = no such concert.
    const updated = await tx.concert.updateMany({ where: { id: concertId }, data: patch });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", "No such concert.");
    await assertStaff(tx, actorId);
    const row = await tx.concert.findUniqueOrThrow({ where: { id: concertId }, select: CONCERT_SELECT });
    const fields = Object.keys(patch).join(", ");
    await tx.auditLog.create({ data: { actorId, action: "UPDATE_CONCERT", reason: `Edited ${fields} of ${row.title} (${row.id})` } });
    return row;
  });
  return toAdminConcert(concert);
}
