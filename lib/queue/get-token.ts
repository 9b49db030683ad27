import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { QueueTokenView } from "../validations/queue";
import { promoteQueue } from "./promote";
import { queueSettings, type QueueSettings } from "./settings";
import { tokenSelect, toTokenView } from "./token-view";

/**
 * A fan's place in the waiting room (owner only; others get 404). Polling is
 * read-only for fans far back; a fan near the front whose concert has a free
 * slot (or an idled-out one) triggers promotion, so admission never waits
 * for a timer.
 */
export async function getToken(userId: string, tokenValue: string, settings: QueueSettings = queueSettings()): Promise<QueueTokenView> {
  const db = getDb();
  const now = new Date();
  // The token and its concert's queue marks in one query.
  const row = await db.queueToken.findUnique({
    where: { token: tokenValue },
    select: { ...tokenSelect, concert: { select: { queueState: { select: { admittedSeq: true, rateBaseSeq: true, rateSince: true } } } } },
  });
  if (!row || row.userId !== userId || !row.concert.queueState) throw new AppError("NOT_FOUND", "No such queue token.");
  const { concert, ...first } = row;
  let token = first;
  let state = concert.queueState!;
  let view = await toTokenView(db, token, state, settings, now);

  if (view.status === "WAITING" && view.position <= settings.activeLimit) {
    const liveActive = await db.queueToken.count({
      where: { concertId: token.concertId, status: "ACTIVE", expiresAt: { gt: now } },
    });
    if (liveActive < settings.activeLimit && (await promoteQueue(token.concertId, settings, now)) > 0) {
      token = await db.queueToken.findUniqueOrThrow({ where: { token: tokenValue }, select: tokenSelect });
      state = await db.queueState.findUniqueOrThrow({ where: { concertId: token.concertId } });
      view = await toTokenView(db, token, state, settings, now);
    }
  }
  return view;
}
