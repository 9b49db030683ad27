import "server-only";
import { getDb } from "../db";
import type { AdminConcert, ConcertInput } from "../validations/catalogue-admin";
import { assertStaff } from "./assert-staff";
import { CONCERT_SELECT, toAdminConcert } from "./concert-view";

/**
 * Staff add a concert to the catalogue (no dates yet: addSchedule adds them),
 * with its waiting-room row, audited. It is listed to fans once it has a
 * future date; with `salesOpenAt` its line waits for that opening (pre-queue first).
 */
export async function createConcert(actorId: string, input: ConcertInput): Promise<AdminConcert> {
  const { salesOpenAt, ...texts } = input;
  const concert = await getDb().$transaction(async (tx) => {
    // The write first: on SQLite it takes the write lock before the role is read.
    const created = await tx.concert.create({
      data: { ...texts, salesOpenAt: salesOpenAt ? new Date(salesOpenAt) : null },
      select: CONCERT_SELECT,
    });
    await assertStaff(tx, actorId);
    await tx.queueState.create({ data: { concertId: created.id } });
    const opening = created.salesOpenAt ? `, on sale at ${created.salesOpenAt.toISOString()}` : "";
    await tx.auditLog.create({
      data: { actorId, action: "CREATE_CONCERT", reason: `Created concert ${created.title} (${created.id})${opening}` },
    });
    return created;
  });
  return toAdminConcert(concert);
}
