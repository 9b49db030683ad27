/**
 * The one after-commit hook for this process's read caches.
 *
 * A write says what it changed, `changed("seats", scheduleId)`, once its
 * transaction has committed (so a rolled-back write never throws away good
 * entries, and nobody re-reads the old rows before the commit); a reader that
 * learns another instance committed a change says so the same way. Every
 * cache that keeps rows of that kind subscribes with `onChange` in its own
 * module. So a write names the data it changed, never the caches that read
 * it, and a cache added later is told by every existing write.
 *
 * Only this process's caches hear it (all of them, whichever bundle holds them): other instances see the change when
 * their entries' short TTLs run out, which is what their readers are written
 * for (nothing that decides a sale reads a cache).
 */

/** What changed, and the key that says which rows. */
export interface ChangeKeys {
  /** Seats of a date (a hold, release, payment, refund, cancellation); undefined: of any date. */
  seats: string | undefined;
  /** A concert's line: tokens issued, admitted, left, shuffled. */
  line: string;
  /** A concert's own row: its queue controls or proof-of-work setting. */
  concert: string;
  /** A user's role or session version. */
  account: string;
}

export type ChangeKind = keyof ChangeKeys;

type Listener<K extends ChangeKind> = (key: ChangeKeys[K]) => void;

type Listeners = { [K in ChangeKind]: Listener<K>[] };

/**
 * One registry per process, not per module instance: Next bundles route
 * handlers, pages and server actions separately, each with its own copy of
 * this module and of every cache module. A hold made by the seat map's server
 * action must reach the seat rows cached by the API route that draws the map
 * (the fan's own seat showed as free again for up to the TTL otherwise), so
 * every copy subscribes to, and announces on, the same registry.
 */
const REGISTRY = Symbol.for("stagepass.cache.changes");
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Listeners };
const listeners: Listeners = (registry[REGISTRY] ??= { seats: [], line: [], concert: [], account: [] });

/** Subscribe a cache to one kind of change (call once, at module load). */
export function onChange<K extends ChangeKind>(kind: K, listener: Listener<K>): void {
  listeners[kind].push(listener);
}

/** After a commit: every cache of this process that holds rows of `kind` forgets `key`. */
export function changed<K extends ChangeKind>(kind: K, key: ChangeKeys[K]): void {
  for (const listener of listeners[kind]) listener(key);
}
