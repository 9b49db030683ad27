import "server-only";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { claimIfUnclaimed } from "./claim-admission";
import { promoteQueue } from "./promote";
import { forgetQueueMarks, leftWhileWaiting, positionFrom, queueMarks } from "./queue-marks";
import { findToken } from "./require-active-token";
import { queueSettings, type QueueSettings } from "./settings";
import { tokenIdentity } from "./token-identity";
import { tokenView, type TokenRow } from "./token-view";

async function loadToken(tokenValue: string): Promise<TokenRow> {
  const token = await findToken(tokenValue);
  if (!token) throw new AppError("NOT_FOUND", "No such queue token.");
  return token;
}

/**
 * A fan's place in the waiting room (owner only; others get 404).
 *
 * The hottest request of a sale. Admission moves the concert's admitted mark
 * past a token and leaving lists it among the departures, so a token above
 * the mark and not departed is still WAITING: that poll is answered from the
 * token's identity (token-identity.ts) and the concert's queue marks alone,
 * both shared by this process; the marks are at most MARKS_TTL_MS old and
 * forgotten at once when this process admits or a fan leaves through it.
 * Any other token is read fresh. A fan near the front whose concert has a free slot (or an idled-out
 * one) triggers promotion, decided in the database under the queue lock, so
 * admission never waits for a timer.
 */
export async function getToken(userId: string, tokenValue: string, settings: QueueSettings = queueSettings()): Promise<QueueTokenView> {
  const now = new Date();
  let fresh: TokenRow | undefined;
  const identity = await tokenIdentity(tokenValue, async () => (fresh = await loadToken(tokenValue)));
  if (identity.userId !== userId) throw new AppError("NOT_FOUND", "No such queue token.");
  let marks = await queueMarks(identity.concertId, now);

  const waiting = identity.seq > marks.admittedSeq && !leftWhileWaiting(marks, identity.seq);
  if (!waiting) {
    // A poll of a fresh admission is the fan claiming it.
    const token = await claimIfUnclaimed(fresh ?? (await loadToken(tokenValue)), now);
    return tokenView(token, marks, settings, now, positionFrom(marks, token.seq));
  }
  const position = positionFrom(marks, identity.seq);
  const freeSlots = settings.activeLimit - marks.liveActive;
  if (freeSlots > 0 && position <= freeSlots && (await promoteQueue(identity.concertId, settings, now)) > 0) {
    forgetQueueMarks(identity.concertId);
    const token = await claimIfUnclaimed(await loadToken(tokenValue), now);
    marks = await queueMarks(identity.concertId, now);
    return tokenView(token, marks, settings, now, positionFrom(marks, token.seq));
  }
  return tokenView({ ...identity, status: "WAITING", expiresAt: null, claimedAt: null }, marks, settings, now, position);
}
