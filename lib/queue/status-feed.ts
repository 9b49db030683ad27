import "server-only";
import { randomUUID } from "node:crypto";
import { changed, onChange } from "../cache/changes";
import { getSql } from "../db";
import { env } from "../env";
import { errorFields, logger } from "../log/logger";
import { getQueueStatus } from "./get-queue-status";
import { LINE_CHANNEL, linePayload, listenForLines, type LineListener } from "./line-channel";

/**
 * The push side of the public serving counter: fans near the front of a line
 * keep one event stream open (GET …/queue/concerts/{id}/events) and get the
 * counter the moment it moves, instead of polling it.
 *
 * Nothing here decides anything. A push is the same `getQueueStatus` read a
 * poll makes, started by a change instead of a clock:
 * - a commit in this process that touched the line (`changed("line", id)`,
 *   the one after-commit hook) re-reads the counter and, on PostgreSQL,
 *   tells the other instances with NOTIFY;
 * - a NOTIFY from another instance re-reads it here (and drops this
 *   process's cached marks of that line, so the read is fresh);
 * - every QUEUE_STREAM_REFRESH_SECONDS each followed line is read anyway, which also admits
 *   the next fans when a claim lapsed (the read promotes, get-queue-status.ts)
 *   and covers notifications lost while the channel reconnected.
 * SQLite has one process, so the after-commit hook alone reaches every stream.
 */

/** A stream's callback: one serialized QueueStatus. */
export type FeedSubscriber = (statusJson: string) => void;

/** Reads of one line are at most this often, so a burst of joins costs a handful of reads, not one each. */
const THROTTLE_MS = 100;

interface Line {
  subscribers: Set<FeedSubscriber>;
  reading: boolean;
  again: boolean;
  lastReadAt: number;
  pending: NodeJS.Timeout | null;
}

interface Feed {
  instanceId: string;
  lines: Map<string, Line>;
  /** NOTIFYs waiting for their throttle, by concert. */
  notifying: Map<string, NodeJS.Timeout>;
  /** Set while a change that came from another instance is announced, so it is not sent back. */
  relaying: boolean;
  listener: LineListener | null;
  ticker: NodeJS.Timeout | null;
}

/** One feed per process, whichever bundle loaded this module (see lib/cache/changes.ts). */
const FEED = Symbol.for("stagepass.queue.status-feed");
const holder = globalThis as typeof globalThis & { [FEED]?: Feed };
const feed: Feed = (holder[FEED] ??= createFeed());

function createFeed(): Feed {
  const created: Feed = {
    instanceId: randomUUID(),
    lines: new Map(),
    notifying: new Map(),
    relaying: false,
    listener: null,
    ticker: null,
  };
  onChange("line", (concertId) => {
    if (!created.relaying) publish(concertId);
    schedule(concertId);
  });
  return created;
}

function isPostgres(): boolean {
  return !env.DATABASE_URL.startsWith("file:");
}

/** Tells the other instances (PostgreSQL only) that a line changed, at most once per THROTTLE_MS per concert. */
function publish(concertId: string): void {
  if (!isPostgres() || feed.notifying.has(concertId)) return;
  const timer = setTimeout(() => {
    feed.notifying.delete(concertId);
    getSql()
      .rows("SELECT pg_notify($1, $2)", [LINE_CHANNEL, linePayload(feed.instanceId, concertId)])
      .catch((e: unknown) => logger.warn({ job: "status-feed", concertId, ...errorFields(e) }, "could not notify other instances"));
  }, THROTTLE_MS);
  timer.unref();
  feed.notifying.set(concertId, timer);
}

/** A change another instance committed: this process's caches forget the line, and its streams are sent the new counter. */
function relay(instanceId: string, concertId: string): void {
  if (instanceId === feed.instanceId) return;
  feed.relaying = true;
  try {
    changed("line", concertId);
  } finally {
    feed.relaying = false;
  }
}

/** Reads the line soon: now if the last read is older than THROTTLE_MS, else when it will be. */
function schedule(concertId: string): void {
  const line = feed.lines.get(concertId);
  if (!line || line.pending) return;
  if (line.reading) {
    line.again = true;
    return;
  }
  const wait = Math.max(0, line.lastReadAt + THROTTLE_MS - Date.now());
  line.pending = setTimeout(() => {
    line.pending = null;
    void read(concertId, line);
  }, wait);
  line.pending.unref();
}

async function read(concertId: string, line: Line): Promise<void> {
  line.reading = true;
  line.lastReadAt = Date.now();
  try {
    const json = JSON.stringify(await getQueueStatus(concertId));
    for (const send of line.subscribers) send(json);
  } catch (e) {
    logger.warn({ job: "status-feed", concertId, ...errorFields(e) }, "could not read the serving counter for its streams");
  } finally {
    line.reading = false;
    if (line.again) {
      line.again = false;
      schedule(concertId);
    }
  }
}

function start(): void {
  if (!feed.ticker) {
    feed.ticker = setInterval(() => {
      for (const concertId of feed.lines.keys()) schedule(concertId);
    }, env.QUEUE_STREAM_REFRESH_SECONDS * 1000);
    feed.ticker.unref();
  }
  if (!feed.listener && isPostgres()) {
    feed.listener = listenForLines(env.DATABASE_URL, relay, () => {
      for (const concertId of feed.lines.keys()) schedule(concertId);
    });
  }
}

/** Streams open in this process, over all concerts. */
export function feedSubscribers(): number {
  let n = 0;
  for (const line of feed.lines.values()) n += line.subscribers.size;
  return n;
}

/**
 * Follows a concert's counter: `send` gets every fresh read until the
 * returned function is called. The caller sends the first counter itself.
 */
export function followLine(concertId: string, send: FeedSubscriber): () => void {
  start();
  let line = feed.lines.get(concertId);
  if (!line) {
    line = { subscribers: new Set(), reading: false, again: false, lastReadAt: Date.now(), pending: null };
    feed.lines.set(concertId, line);
  }
  line.subscribers.add(send);
  return () => {
    line.subscribers.delete(send);
    if (line.subscribers.size === 0 && feed.lines.get(concertId) === line) {
      if (line.pending) clearTimeout(line.pending);
      feed.lines.delete(concertId);
    }
  };
}

/**
 * At start-up: loading this module subscribes it to the after-commit hook, so
 * this instance tells the others of its line changes even before any fan here
 * opens a stream (the LISTEN side starts with the first stream).
 */
export function startStatusFeed(): void {
  void feed;
}
