import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { claimIfUnclaimed } from "./claim-admission";
import { insertToken } from "./insert-token";
import { openQueue } from "./open-queue";
import { promoteQueue } from "./promote";
import { admitting, effectiveSettings, preQueueOpensAt, queuePhase, type QueueControls } from "./queue-controls";
import { noteIssued, queueMarks, waitingCount } from "./queue-marks";
import { queueSettings, type QueueSettings } from "./settings";
import { rememberTokenIdentity } from "./token-identity";
import { effectiveTokenStatus, preQueueView, tokenSelect, toTokenView, type TokenRow } from "./token-view";

/** The fan's WAITING or ACTIVE token for the concert (an ACTIVE one may have idled out). */
function currentToken(userId: string, concertId: string): Promise<TokenRow | null> {
  return getDb().queueToken.findFirst({ where: { userId, concertId, status: { in: ["WAITING", "ACTIVE"] } }, select: tokenSelect });
}

/**
 * Gives a fan a place in a concert's waiting room: their existing live token
 * (created: false) or a new one at the back of the queue. One live token per
 * user and concert is enforced by a partial unique index, so two parallel
 * requests cannot both create one.
 *
 * A join takes no lock but the issue counter's (insert-token.ts), so joins
 * scale with instances. Only when a slot may be free does it go on to the
 * admission, which runs under the queue lock like every other promotion.
 *
 * A concert with a salesOpenAt takes joins from PRE_QUEUE_MINUTES before it
 * (409 QUEUE_NOT_OPEN earlier): those fans wait in the pre-queue, in which
 * the join order counts for nothing (the shuffle at the opening places them).
 */
export async function issueToken(
  userId: string,
  concertId: string,
  base: QueueSettings = queueSettings(),
): Promise<{ created: boolean; view: QueueTokenView }> {
  const db = getDb();
  const now = new Date();
  const controls = await openQueue(concertId, now);
  if (queuePhase(controls, now) === "BEFORE_PRE_QUEUE") {
    const opens = preQueueOpensAt(controls.salesOpenAt!).toISOString();
    throw new AppError("QUEUE_NOT_OPEN", `The pre-queue opens at ${opens}, before the sale at ${controls.salesOpenAt!.toISOString()}.`);
  }
  const settings = effectiveSettings(base, controls);
  const viewOf = (token: TokenRow) => tokenViewOf(token, controls, settings, now);

  const existing = await currentToken(userId, concertId);
  if (existing && effectiveTokenStatus(existing, now) !== "EXPIRED") {
    return { created: false, view: await viewOf(await claimIfUnclaimed(existing, now)) };
  }
  // The fan's own idled-out token still holds the live-token index until marked.
  if (existing) {
    await db.queueToken.updateMany({
      where: { id: existing.id, status: "ACTIVE", expiresAt: { lte: now } },
      data: { status: "EXPIRED", endedAt: now },
    });
  }

  let issued: TokenRow;
  try {
    issued = await insertToken(userId, concertId, randomBytes(24).toString("base64url"), now);
  } catch (e) {
    // A parallel request of the same fan created the token first: return theirs.
    if (!isUniqueViolation(e)) throw e;
    const winner = await currentToken(userId, concertId);
    if (!winner) throw e;
    return { created: false, view: await viewOf(winner) };
  }
  // Committed: this process's polls of the new token start from what it already knows.
  rememberTokenIdentity(issued);
  noteIssued(concertId, issued.seq);
  const marks = await queueMarks(concertId, now);
  const full = !admitting(controls) || marks.liveActive >= settings.activeLimit;
  // Full, and the admitted mark is below this number: the fan waits, as inserted. (A parallel join's
  // promotion may have admitted this number since the insert: then the answer is read afresh below,
  // so a fan admitted on arrival is never told to wait.)
  if (full && issued.seq > marks.admittedSeq) return { created: true, view: await viewOf(issued) };
  // A slot may be free: admission decides, in order, under the queue lock.
  if (!full) await promoteQueue(concertId, base, now);
  // The fan is here, asking: an admission on arrival is claimed by this very request.
  const mine = await claimIfUnclaimed(await db.queueToken.findUniqueOrThrow({ where: { id: issued.id }, select: tokenSelect }), now);
  return { created: true, view: await viewOf(mine) };
}

async function tokenViewOf(token: TokenRow, controls: QueueControls, settings: QueueSettings, now: Date): Promise<QueueTokenView> {
  const db = getDb();
  if (controls.salesOpenAt && !controls.shuffledAt && token.status === "WAITING" && token.joinSeq === null) {
    const marks = await queueMarks(token.concertId, now);
    return preQueueView(token, Math.max(waitingCount(marks), token.seq - marks.departures.length), controls.salesOpenAt, settings, now);
  }
  const state = (await db.queueState.findUnique({ where: { concertId: token.concertId } })) ?? {
    admittedSeq: 0,
    rateBaseSeq: 0,
    rateSince: now,
  };
  return toTokenView(db, token, state, settings, now);
}
