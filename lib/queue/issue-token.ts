import "server-only";
import { randomBytes } from "node:crypto";
import { getDb, type Tx } from "../db";
import { isRecordNotFound, isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { activation, admittedUpTo, countLiveActive, lockQueue, promoteLocked, withQueueLock } from "./promote";
import { queueSettings, type QueueSettings } from "./settings";
import { rememberTokenIdentity } from "./token-identity";
import { tokenSelect, toTokenView, type TokenRow } from "./token-view";

async function liveToken(userId: string, concertId: string, now: Date): Promise<TokenRow | null> {
  return getDb().queueToken.findFirst({
    where: { userId, concertId, OR: [{ status: "WAITING" }, { status: "ACTIVE", expiresAt: { gt: now } }] },
    select: tokenSelect,
  });
}

/** Takes the next issue number: one increment under the queue row's lock (UPDATE … RETURNING). */
async function nextSeq(tx: Tx, concertId: string) {
  const increment = () => tx.queueState.update({ where: { concertId }, data: { lastSeq: { increment: 1 } } });
  try {
    return await increment();
  } catch (e) {
    if (!isRecordNotFound(e)) throw e;
    // First fan of a concert created without a queue row.
    await lockQueue(tx, concertId);
    return increment();
  }
}

/**
 * Gives a fan a place in a concert's waiting room: their existing live token
 * (created: false) or a new one at the back of the queue, admitted at once
 * when a slot is free. One live token per user and concert is enforced by a
 * partial unique index, so two parallel requests cannot both create one.
 *
 * The locked part is kept to a few statements: under a rush every join of a
 * concert passes through the queue row one at a time.
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
  // The fan's own idled-out token still holds the live-token index until marked.
  await db.queueToken.updateMany({
    where: { userId, concertId, status: "ACTIVE", expiresAt: { lte: now } },
    data: { status: "EXPIRED", endedAt: now },
  });

  const value = randomBytes(24).toString("base64url");
  let issued: TokenRow | undefined;
  try {
    const view = await withQueueLock(concertId, () =>
      db.$transaction(async (tx) => {
        const state = await nextSeq(tx, concertId);
        const seq = state.lastSeq;
        const free = (await countLiveActive(tx, concertId, now)) < settings.activeLimit;
        if (free && state.admittedSeq === seq - 1) {
          // Nobody is waiting and a slot is free: admitted on arrival.
          const token = (issued = await tx.queueToken.create({
            data: { token: value, userId, concertId, seq, ...activation(settings, now) },
            select: tokenSelect,
          }));
          const after = await tx.queueState.update({ where: { concertId }, data: admittedUpTo(state, seq, now) });
          return toTokenView(tx, token, after, settings, now);
        }
        const token = (issued = await tx.queueToken.create({ data: { token: value, userId, concertId, seq }, select: tokenSelect }));
        if (!free) return toTokenView(tx, token, state, settings, now);
        // Slots are free but fans are waiting (a slot idled out unnoticed): admit in order.
        await promoteLocked(tx, state, settings, now);
        const [mine, after] = await Promise.all([
          tx.queueToken.findUniqueOrThrow({ where: { id: token.id }, select: tokenSelect }),
          tx.queueState.findUniqueOrThrow({ where: { concertId } }),
        ]);
        return toTokenView(tx, mine, after, settings, now);
      }),
    );
    // Committed: this process's polls of the new token start from what it already knows.
    rememberTokenIdentity(issued!);
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
