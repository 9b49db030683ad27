import "server-only";
import { changed } from "../cache/changes";
import { getDb } from "../db";
import { AppError } from "../errors";
import { powDifficulty } from "../queue/pow-difficulty";
import type { PowDifficulty } from "../validations/queue-pow";
import { assertStaff } from "./assert-staff";

/**
 * Staff set a concert's proof-of-work difficulty (null: back to
 * QUEUE_POW_DIFFICULTY), with a reason, in the audit log. Every instance
 * obeys within a second (lib/queue/pow-difficulty.ts); challenges issued
 * at a lower difficulty stop being accepted at once.
 */
export async function setPowDifficulty(
  actorId: string,
  concertId: string,
  difficulty: number | null,
  reason: string,
): Promise<PowDifficulty> {
  await getDb().$transaction(async (tx) => {
    // The write first: on SQLite it takes the write lock before the role is read.
    const concert = await tx.concert.updateMany({ where: { id: concertId }, data: { powDifficulty: difficulty } });
    if (concert.count !== 1) throw new AppError("NOT_FOUND", "No such concert.");
    await assertStaff(tx, actorId);
    const { title } = await tx.concert.findUniqueOrThrow({ where: { id: concertId }, select: { title: true } });
    const setting = difficulty === null ? "server default" : `${difficulty} bits`;
    await tx.auditLog.create({ data: { actorId, action: "SET_POW_DIFFICULTY", reason: `${reason} — ${title}: ${setting}` } });
  });
  changed("concert", concertId);
  return powDifficulty(concertId);
}
