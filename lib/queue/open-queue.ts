import "server-only";
import { changed } from "../cache/changes";
import { queueControls, type QueueControls } from "./queue-controls";
import { shufflePreQueue } from "./shuffle-pre-queue";

/** This process's shuffle attempts in flight, so a burst of requests at the opening sends one, not hundreds (ordering only). */
const attempts = new Map<string, Promise<unknown>>();

/**
 * The concert's controls, with its pre-queue shuffled first when the sale
 * has opened and nobody has done it yet. Every queue request and the sweep
 * come through here, so the first of them after salesOpenAt, on any
 * instance, shuffles (shuffle-pre-queue.ts decides which one in the database).
 */
export async function openQueue(concertId: string, now = new Date()): Promise<QueueControls> {
  const controls = await queueControls(concertId);
  if (!controls.salesOpenAt || controls.shuffledAt || controls.salesOpenAt > now) return controls;
  let attempt = attempts.get(concertId);
  if (!attempt) {
    attempt = shufflePreQueue(concertId, now).finally(() => {
      attempts.delete(concertId);
      // Places changed (here or on another instance): nothing read before may be reused.
      changed("line", concertId);
    });
    attempts.set(concertId, attempt);
  }
  await attempt;
  return queueControls(concertId);
}
