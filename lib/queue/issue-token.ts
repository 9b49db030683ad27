import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { lockQueue, promoteLocked } from "./promote";
import { queueSettings, type QueueSettings } from "./settings";
import { tokenSelect, toTokenView, type TokenRow } from "./token-view";

async function liveToken(userId: string, concertId: string, now: Date): Promise<TokenRow | null> {
  return getDb().queueToken.findFirst({
    where: {
      userId,
      concertId,
      OR: [{ status: "WAITING" }, { status: "ACTIVE", expiresAt: { gt: now } }],
    },
    select: tokenSelect,
  });
}

/**
 * Gives a fan a place in a concert's waiting room: their existing live token
 * (created: false) or a new one at the back of the queue, admitted at once
 * when a slot is free. One live token per user and concert is enforced by a
 * partial unique index, so two parallel requests cannot both create one.
 */
export async function issueToken(
  userId: string,
  concertId: string,
  settings: QueueSettings = queueSettings(),
): Promise<{ created: boolean; view: QueueTokenView }> {
  const db = getDb();
  const now = new Date();
  const concert = await db.concert.findUnique({ where: { id: concertId }, select: { id: true } });
  if (!concert) throw new AppError("NOT_FOUND", "No such concert.");

  const existing = await liveToken(userId, concertId, now);
  if (existing) return { created: false, view: await viewOf(existing, settings, now) };

  try {
    const view = await db.$transaction(async (tx) => {
      // The queue lock hands out gapless issue numbers in order.
      const state = await lockQueue(tx, concertId);
      // A token that idled out still holds the live-token index until marked.
      await tx.queueToken.updateMany({
        where: { userId, concertId, status: "ACTIVE", expiresAt: { lte: now } },
        data: { status: "EXPIRED", endedAt: now },
      });
      const seq = state.lastSeq + 1;
      await tx.queueState.update({ where: { concertId }, data: { lastSeq: seq } });
      const created = await tx.queueToken.create({
        data: { token: randomBytes(24).toString("base64url"), userId, concertId, seq },
        select: tokenSelect,
      });
      await promoteLocked(tx, state, settings, now);
      const fresh = await tx.queueToken.findUniqueOrThrow({ where: { id: created.id }, select: tokenSelect });
      const after = await tx.queueState.findUniqueOrThrow({ where: { concertId } });
      return toTokenView(tx, fresh, after, settings, now);
    });
    return { created: true, view };
  } catch (e) {
    // A parallel request of the same fan created the token first: return theirs.
    if (!isUniqueViolation(e)) throw e;
    const winner = await liveToken(userId, concertId, now);
    if (!winner) throw e;
    return { created: false, view: await viewOf(winner, settings, now) };
  }
}

async function viewOf(token: TokenRow, settings: QueueSettings, now: Date): Promise<QueueTokenView> {
  const state = await getDb().queueState.findUniqueOrThrow({ where: { concertId: token.concertId } });
  return toTokenView(getDb(), token, state, settings, now);
}
