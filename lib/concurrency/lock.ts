/**
 * FIFO async locks. They only order work inside one process (so queued work
 * waits in memory instead of holding a database connection or SQLite's
 * single writer); they never decide an outcome — the database does.
 */
export class Lock {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  /** Resolves with a release function once every earlier caller has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.#waiting++;
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      this.#waiting--;
      release();
    }
  }

  get idle(): boolean {
    return this.#waiting === 0;
  }

  /** Callers of run() holding or waiting for the lock. */
  get waiting(): number {
    return this.#waiting;
  }
}

/** One Lock per key, dropped when nobody holds or waits for it. */
export class KeyedLock {
  readonly #locks = new Map<string, Lock>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let lock = this.#locks.get(key);
    if (!lock) {
      lock = new Lock();
      this.#locks.set(key, lock);
    }
    try {
      return await lock.run(fn);
    } finally {
      if (lock.idle) this.#locks.delete(key);
    }
  }
}
