import "server-only";
import { getDb } from "../db";
import type { AdminConcert, ConcertInput } from "../validations/catalogue-admin";
import { assertStaff } from "./assert-staff";
import { CONCERT_SELECT, toAdminConcert } from "./concert-view";

/**
 * Staff add a concert to the catalogue (no dates yet: addSchedule adds them),
 * with its waiting-room row, audited. It is listed to fans once it has a
 * future date.
 */
export async function createConcert(actorId: string, input: ConcertInput): Promise<AdminConcert> {
  const concert = await getDb().$transaction(async (tx) => {
    // The write first: on SQLite it takes the write lock before the role is read.
    const created = await tx.concert.create({ data: input, select: CONCERT_SELECT });
    await assertStaff(tx, actorId);
    await tx.queueState.create({ data: { concertId: created.id } });
    await tx.auditLog.create({ data: { actorId, action: "CREATE_CONCERT", reason: `Created concert ${created.title} (${created.id})` } });
    return created;
  });
  return toAdminConcert(concert);
}
