import "server-only";
import { getDb } from "../db";
import { effectiveTokenStatus } from "./token-view";

/**
 * The fan's live (WAITING, or ACTIVE within its TTL) token value for a
 * concert, or null. One per fan and concert (a partial unique index), so
 * the web UI finds it on any device, not only in the browser that joined.
 */
export async function findLiveToken(userId: string, concertId: string, now = new Date()): Promise<string | null> {
  const row = await getDb().queueToken.findFirst({
    where: { userId, concertId, status: { in: ["WAITING", "ACTIVE"] } },
    select: { token: true, status: true, expiresAt: true },
  });
  return row && effectiveTokenStatus(row, now) !== "EXPIRED" ? row.token : null;
}
