import "server-only";
import pg from "pg";
import { errorFields, logger } from "../log/logger";

/**
 * PostgreSQL's LISTEN/NOTIFY as the bus between app instances for "a
 * concert's line changed" (lib/queue/status-feed.ts). A notification carries
 * no state, only which concert to re-read and who sent it: every instance
 * reads the counter from the database itself, so a lost or duplicated
 * notification costs at most one stale push until the feed's next periodic
 * read, never a wrong one.
 */
export const LINE_CHANNEL = "stagepass_line";

/** `<instance id> <concert id>`: ids never contain a space. */
export function linePayload(instanceId: string, concertId: string): string {
  return `${instanceId} ${concertId}`;
}

export function parseLinePayload(payload: string | undefined): { instanceId: string; concertId: string } | null {
  const [instanceId, concertId, ...rest] = (payload ?? "").split(" ");
  return instanceId && concertId && rest.length === 0 ? { instanceId, concertId } : null;
}

export interface LineListener {
  close(): Promise<void>;
}

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * Holds one connection (outside the pool: a LISTEN lives as long as its
 * session) and calls `onLine` for each notification. When the connection is
 * lost it reconnects with backoff and calls `onResync`, because notifications
 * sent meanwhile are gone.
 */
export function listenForLines(url: string, onLine: (instanceId: string, concertId: string) => void, onResync: () => void): LineListener {
  let client: pg.Client | null = null;
  let closed = false;
  let delay = RECONNECT_MIN_MS;
  let timer: NodeJS.Timeout | null = null;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on("error", (e) => {
      logger.warn({ job: "line-channel", ...errorFields(e) }, "line channel lost; reconnecting");
      next.end().catch(() => undefined);
      if (client === next) client = null;
      retry();
    });
    next.on("notification", (message) => {
      const parsed = message.channel === LINE_CHANNEL ? parseLinePayload(message.payload) : null;
      if (parsed) onLine(parsed.instanceId, parsed.concertId);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${LINE_CHANNEL}`);
    } catch (e) {
      logger.warn({ job: "line-channel", ...errorFields(e) }, "line channel could not listen; retrying");
      next.end().catch(() => undefined);
      retry();
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = RECONNECT_MIN_MS;
    onResync();
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
