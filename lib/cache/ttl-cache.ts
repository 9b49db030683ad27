/**
 * A small per-process cache for hot *display* reads (queue marks, seat rows,
 * decoded sessions). Nothing cached here decides an outcome — every decision
 * is a conditional write in the database. Several requests missing at once
 * share one load instead of stampeding the database.
 *
 * Storage, expiry and the size bound are lru-cache's: at its cap it evicts the
 * least recently used entry, one at a time (the hand-written cache this
 * replaces cleared everything at its cap, so at peak one more fan wiped 20,000
 * sessions and caused the stampede the cache exists to prevent).
 *
 * Loads are de-duplicated here rather than with lru-cache's fetch(), because
 * its fetch rejects the waiting callers when the key is deleted mid-load; here
 * they still get their value, and the deleted key simply stays unfilled.
 * Only settled values are kept, never the load's promise: a promise made
 * inside a request carries that request's async context (Next's request store,
 * and through it the request and response), so caching promises kept one whole
 * request alive per entry — 5,600 of them (~40 KB each) in the bench's heap
 * snapshot, until the heap ran out.
 */
import { LRUCache } from "lru-cache";

/** lru-cache stores no undefined or null values, and some of ours are null. */
type Box<V> = { value: V };

export class TtlCache<V> {
  readonly #entries: LRUCache<string, Box<V>>;
  readonly #loading = new Map<string, Promise<V>>();

  /** `clock` is for tests; production uses lru-cache's default (performance.now). */
  constructor(ttlMs: number, maxEntries = 1_000, clock?: { now: () => number }) {
    this.#entries = new LRUCache<string, Box<V>>({
      max: maxEntries,
      ttl: ttlMs,
      ttlAutopurge: false,
      ttlResolution: 0,
      ...(clock && { perf: clock }),
    });
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key);
    if (hit) return Promise.resolve(hit.value);
    const pending = this.#loading.get(key);
    if (pending) return pending;
    const loading: Promise<V> = load().then(
      (value) => {
        // A key deleted (or set) while loading is not filled: this value may predate the change.
        if (this.#loading.get(key) === loading) this.set(key, value);
        return value;
      },
      (error: unknown) => {
        // A failed load is not kept.
        if (this.#loading.get(key) === loading) this.#loading.delete(key);
        throw error;
      },
    );
    this.#loading.set(key, loading);
    return loading;
  }

  /** The cached value, fresh or not, without loading. */
  peek(key: string): V | undefined {
    return this.#entries.get(key, { allowStale: true })?.value;
  }

  /** Stores a value this process already has (e.g. a row it just wrote). */
  set(key: string, value: V): void {
    this.#loading.delete(key);
    this.#entries.set(key, { value });
  }

  /** Forgets a key after this process changed what it caches. */
  delete(key: string): void {
    this.#entries.delete(key);
    this.#loading.delete(key);
  }

  clear(): void {
    this.#entries.clear();
    this.#loading.clear();
  }
}
