/**
 * Whether the fan's turn in a concert's queue lets them book now, for pages:
 * the browser's cookie token, else the fan's live token from any device
 * (lib/http/queue-cookie.ts). The page shows the way to the queue when not.
 */
import "server-only";
import { isAppError } from "@/lib/errors";
import { pageQueueToken } from "@/lib/http/queue-cookie";
import { getToken } from "@/lib/queue/get-token";
import type { QueuePass } from "@/lib/validations/queue-pass";

export async function queuePassOf(userId: string, concertId: string): Promise<QueuePass> {
  const token = await pageQueueToken(userId, concertId);
  if (!token) return "NONE";
  try {
    const view = await getToken(userId, token);
    return view.status === "EXPIRED" ? "NONE" : view.status;
  } catch (e) {
    // A token that is not (or no longer) the fan's is no pass; anything else is a real failure.
    if (isAppError(e) && e.code === "NOT_FOUND") return "NONE";
    throw e;
  }
}
