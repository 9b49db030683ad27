import "server-only";
import { changed } from "../cache/changes";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { claimIfUnclaimed } from "./claim-admission";
import { openQueue } from "./open-queue";
import { promoteQueue } from "./promote";
import { admitting, effectiveSettings } from "./queue-controls";
import { leftWhileWaiting, positionFrom, queueMarks, waitingCount } from "./queue-marks";
import { findToken } from "./require-active-token";
import { queueSettings, type QueueSettings } from "./settings";
import { isStaleIdentity, rememberTokenIdentity, tokenIdentity } from "./token-identity";
import { preQueueView, tokenView, type TokenRow } from "./token-view";

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
 *
 * Before the sale opens a waiting fan is in the pre-queue and has no place
 * yet; the first poll after the opening shuffles it (open-queue.ts).
 */
export async function getToken(userId: string, tokenValue: string, base: QueueSettings = queueSettings()): Promise<QueueTokenView> {
  const now = new Date();
  let fresh: TokenRow | undefined;
  let identity = await tokenIdentity(tokenValue, async () => (fresh = await loadToken(tokenValue)));
  if (identity.userId !== userId) throw new AppError("NOT_FOUND", "No such queue token.");
  const controls = await openQueue(identity.concertId, now);
  const settings = effectiveSettings(base, controls);
  let marks = await queueMarks(identity.concertId, now);

  if (controls.salesOpenAt && !controls.shuffledAt) {
    if (marks.shuffled || leftWhileWaiting(marks, identity.seq)) {
      // Left the pre-queue, or the marks are newer than the controls: read the row itself.
      const token = fresh ?? (await loadToken(tokenValue));
      if (token.status !== "WAITING" || token.joinSeq !== null)
        return tokenView(token, marks, settings, now, positionFrom(marks, token.seq));
    }
    return preQueueView(identity, waitingCount(marks), controls.salesOpenAt, settings, now);
  }
  if (isStaleIdentity(identity, controls)) {
    identity = fresh = await loadToken(tokenValue);
    rememberTokenIdentity(identity);
  }
  if (controls.shuffledAt && !marks.shuffled) {
    changed("line", identity.concertId);
    marks = await queueMarks(identity.concertId, now);
  }

  const waiting = identity.seq > marks.admittedSeq && !leftWhileWaiting(marks, identity.seq);
  if (!waiting) {
    // A poll of a fresh admission is the fan claiming it.
    const token = await claimIfUnclaimed(fresh ?? (await loadToken(tokenValue)), now);
    return tokenView(token, marks, settings, now, positionFrom(marks, token.seq));
  }
  const position = positionFrom(marks, identity.seq);
  const freeSlots = settings.activeLimit - marks.liveActive;
  if (admitting(controls) && freeSlots > 0 && position <= freeSlots && (await promoteQueue(identity.concertId, base, now)) > 0) {
    changed("line", identity.concertId);
    const token = await claimIfUnclaimed(await loadToken(tokenValue), now);
    marks = await queueMarks(identity.concertId, now);
    return tokenView(token, marks, settings, now, positionFrom(marks, token.seq));
  }
  return tokenView({ ...identity, status: "WAITING", expiresAt: null, claimedAt: null }, marks, settings, now, position);
}
