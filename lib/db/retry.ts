/**
 * Once-only retries after a lost connection (lib/db/connection-lost.ts),
 * only where a second run cannot do anything twice:
 * - a read outside a transaction;
 * - a whole transaction whose body had not finished when the connection
 *   died: PostgreSQL rolled it back, so running the body again on a fresh
 *   connection is the same as running it once. Once the body has finished,
 *   the loss happened at COMMIT and nobody knows whether it committed, so
 *   the error goes on (and becomes 503 SERVICE_BUSY, lib/http/problem.ts).
 * A write outside a transaction is never retried, for the same reason.
 */
import { isConnectionLost } from "./connection-lost";

/** Runs a read; if its connection died, runs it once more. */
export async function retryRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    return read();
  }
}

/**
 * Runs `begin(body)` (which opens a transaction and runs `body` in it) and
 * replays it once on a fresh connection when the connection died before the
 * body had finished.
 */
export async function replayTransaction<Tx, T>(
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  body: (tx: Tx) => Promise<T>,
): Promise<T> {
  let finished = false;
  try {
    return await begin(async (tx) => {
      const result = await body(tx);
      finished = true;
      return result;
    });
  } catch (error) {
    if (finished || !isConnectionLost(error)) throw error;
    return begin(body);
  }
}
