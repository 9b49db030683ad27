import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { claimIfUnclaimed } from "./claim-admission";
import { insertToken } from "./insert-token";
import { promoteQueue } from "./promote";
import { noteIssued, queueMarks } from "./queue-marks";
import { queueSettings, type QueueSettings } from "./settings";
import { rememberTokenIdentity } from "./token-identity";
import { effectiveTokenStatus, tokenSelect, toTokenView, type TokenRow } from "./token-view";

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

  const existing = await currentToken(userId, concertId);
  if (existing && effectiveTokenStatus(existing, now) !== "EXPIRED") {
    return { created: false, view: await viewOf(await claimIfUnclaimed(existing, now), settings, now) };
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
    return { created: false, view: await viewOf(winner, settings, now) };
  }
  // Committed: this process's polls of the new token start from what it already knows.
  rememberTokenIdentity(issued);
  noteIssued(concertId, issued.seq);
  const marks = await queueMarks(concertId, now);
  if (marks.liveActive >= settings.activeLimit) return { created: true, view: await viewOf(issued, settings, now) };
  // A slot may be free: admission decides, in order, under the queue lock.
  await promoteQueue(concertId, settings, now);
  // The fan is here, asking: an admission on arrival is claimed by this very request.
  const mine = await claimIfUnclaimed(await db.queueToken.findUniqueOrThrow({ where: { id: issued.id }, select: tokenSelect }), now);
  return { created: true, view: await viewOf(mine, settings, now) };
}

async function viewOf(token: TokenRow, settings: QueueSettings, now: Date): Promise<QueueTokenView> {
  const db = getDb();
  const state = (await db.queueState.findUnique({ where: { concertId: token.concertId } })) ?? {
    admittedSeq: 0,
    rateBaseSeq: 0,
    rateSince: now,
  };
  return toTokenView(db, token, state, settings, now);
}
