/**
 * A small per-process cache for hot *display* reads (queue marks, seat rows,
 * decoded sessions). Nothing cached here decides an outcome — every decision
 * is a conditional write in the database. Several requests missing at once
 * share one load instead of stampeding the database.
 *
 * Only settled values are kept, never the load's promise: a promise made
 * inside a request carries that request's async context (Next's request
 * store, and through it the request and response), so caching promises kept
 * one whole request alive per entry — 5,600 of them (~40 KB each) in the
 * bench's heap snapshot, until the heap ran out.
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { at: number; value: V }>();
  readonly #loading = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
  ) {}

  get(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return Promise.resolve(hit.value);
    const pending = this.#loading.get(key);
    if (pending) return pending;
    const loading: Promise<V> = load().then(
      (value) => {
        // A key deleted while loading stays deleted: this value may predate the change.
        if (this.#loading.get(key) === loading) this.set(key, value, now);
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
    return this.#entries.get(key)?.value;
  }

  /** Stores a value this process already has (e.g. a row it just wrote). */
  set(key: string, value: V, now = Date.now()): void {
    this.#loading.delete(key);
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(key, { at: now, value });
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
