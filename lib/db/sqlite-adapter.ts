/**
 * A safer driver adapter for embedded SQLite, wrapping Prisma's better-sqlite3
 * adapter.
 *
 * Prisma's adapter runs every query of a process on one connection and only
 * makes transactions wait for each other. A plain query issued while another
 * request's interactive transaction is open would therefore run *inside* that
 * transaction: a read could see uncommitted rows and a write could be rolled
 * back with someone else's failure. It also opens transactions with a
 * deferred BEGIN, which deadlocks (SQLITE_BUSY) when two processes both read
 * and then try to write.
 *
 * This wrapper closes all three gaps:
 * - writes and transactions take one in-process lock, so nothing interleaves;
 * - transactions start with BEGIN IMMEDIATE, taking SQLite's write lock up
 *   front (other processes wait for it, up to the busy timeout);
 * - plain SELECTs go to a second, read-only connection, which in WAL mode
 *   sees the last committed state and never waits for a writer.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { Lock } from "../concurrency/lock";

/** A plain read, which may go to the read-only connection (also used by the fast path, sql-sqlite.ts). */
export const isRead = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(sql);

class SafeSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter,
    private readonly lock: Lock,
  ) {
    this.adapterName = writer.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (isRead(query.sql)) return this.reader.queryRaw(query);
    return this.lock.run(() => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.lock.run(() => this.writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.lock.run(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new Error(`SQLite transactions are always SERIALIZABLE, not ${isolationLevel}`);
    }
    const release = await this.lock.acquire();
    try {
      await this.writer.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
    } catch (e) {
      release();
      throw e;
    }
    const writer = this.writer;
    let open = true;
    const end = () => {
      if (open) release();
      open = false;
      return Promise.resolve();
    };
    // Prisma sends COMMIT / ROLLBACK through executeRaw, then calls commit() / rollback().
    return {
      provider: "sqlite",
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q) => writer.queryRaw(q),
      executeRaw: (q) => writer.executeRaw(q),
      commit: end,
      rollback: end,
    };
  }

  getConnectionInfo() {
    return this.writer.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  async dispose(): Promise<void> {
    await Promise.all([this.writer.dispose(), this.reader.dispose()]);
  }
}

export class SafeSqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "stagepass-sqlite";
  readonly #writer: PrismaBetterSqlite3;
  readonly #reader: PrismaBetterSqlite3;

  /** `writeLock` is shared with the fast path (lib/db/sql-sqlite.ts), whose writes must not interleave either. */
  constructor(
    file: string,
    timeoutMs: number,
    private readonly writeLock: Lock,
  ) {
    this.#writer = new PrismaBetterSqlite3({ url: file, timeout: timeoutMs });
    this.#reader = new PrismaBetterSqlite3({ url: file, timeout: timeoutMs, readonly: true });
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new SafeSqliteAdapter(await this.#writer.connect(), await this.#reader.connect(), this.writeLock);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#writer.connectToShadowDb();
  }
}
