import "server-only";
import { onChange } from "../cache/changes";
import { TtlCache } from "../cache/ttl-cache";
import { getDb } from "../db";

/**
 * A concert's queue marks as waiting fans need them to know their place: the
 * admitted mark, the admission-rate window, the issue numbers of fans who left
 * while waiting behind the mark, and how many slots are in use.
 *
 * Thousands of fans poll the same concert, so the marks are read once per
 * process every MARKS_TTL_MS and shared; a poll then costs one lookup of the
 * fan's own token. A position may lag by that long; admission itself is
 * decided under the queue row's lock, never from these marks.
 */
export interface QueueMarks {
  admittedSeq: number;
  rateBaseSeq: number;
  rateSince: Date;
  /** Sorted issue numbers above admittedSeq whose fans left while waiting. */
  departures: number[];
  liveActive: number;
  /** The last issue number handed out (numbers are gapless: every one up to it is a token). */
  lastSeq: number;
  /** When these marks were read. */
  readAt: Date;
  /** Whether the pre-queue had been shuffled when they were read (so their issue numbers are places). */
  shuffled: boolean;
}

const MARKS_TTL_MS = 500;
const cache = new TtlCache<QueueMarks>(MARKS_TTL_MS);

async function load(concertId: string, now: Date): Promise<QueueMarks> {
  const db = getDb();
  // The counter first: when it shows the shuffle done, every read below sees the shuffled places.
  const counter = await db.queueCounter.findUnique({ where: { concertId }, select: { lastSeq: true, shuffledAt: true } });
  // No row yet: nobody has been admitted (the first promotion creates it).
  const state = (await db.queueState.findUnique({
    where: { concertId },
    select: { admittedSeq: true, rateBaseSeq: true, rateSince: true },
  })) ?? {
    admittedSeq: 0,
    rateBaseSeq: 0,
    rateSince: now,
  };
  const [departed, liveActive] = await Promise.all([
    db.queueToken.findMany({
      where: { concertId, leftWaiting: true, seq: { gt: state.admittedSeq } },
      orderBy: { seq: "asc" },
      select: { seq: true },
    }),
    db.queueToken.count({ where: { concertId, status: "ACTIVE", expiresAt: { gt: now } } }),
  ]);
  const departures = departed.map((d) => d.seq);
  return { ...state, departures, liveActive, lastSeq: counter?.lastSeq ?? 0, readAt: now, shuffled: Boolean(counter?.shuffledAt) };
}

export async function queueMarks(concertId: string, now = new Date()): Promise<QueueMarks> {
  const marks = await cache.get(concertId, () => load(concertId, now));
  // A caller on a later clock (a test's or a sweep's injected `now`) never gets
  // marks read more than the TTL before its own time.
  if (now.getTime() - marks.readAt.getTime() < MARKS_TTL_MS) return marks;
  cache.delete(concertId);
  return cache.get(concertId, () => load(concertId, now));
}

/** Called after this process issued a number: its marks count the new fan at once, without a reload. */
export function noteIssued(concertId: string, seq: number): void {
  const marks = cache.peek(concertId);
  if (marks && marks.lastSeq < seq) marks.lastSeq = seq;
}

// Fans admitted, a fan left, the pre-queue shuffled: this process's next read is fresh.
onChange("line", (concertId) => cache.delete(concertId));

/** How many departures are below `seq` (binary search; departures are sorted). */
function departuresBelow(departures: number[], seq: number): number {
  let lo = 0;
  let hi = departures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (departures[mid]! < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fans still waiting: the numbers above the admitted mark, less those who left. */
export function waitingCount(marks: Pick<QueueMarks, "admittedSeq" | "departures" | "lastSeq">): number {
  return Math.max(0, marks.lastSeq - marks.admittedSeq - marks.departures.length);
}

/** 1 + waiting fans ahead: issue numbers between the mark and mine, less those who left. */
export function positionFrom(marks: Pick<QueueMarks, "admittedSeq" | "departures">, seq: number): number {
  if (seq <= marks.admittedSeq) return 1;
  return Math.max(1, seq - marks.admittedSeq - departuresBelow(marks.departures, seq));
}

/** Whether the fan with issue number `seq` (above the admitted mark) left while waiting. */
export function leftWhileWaiting(marks: Pick<QueueMarks, "departures">, seq: number): boolean {
  return marks.departures[departuresBelow(marks.departures, seq)] === seq;
}
