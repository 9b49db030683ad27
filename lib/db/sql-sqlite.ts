/**
 * The fast path (lib/db/sql.ts) on embedded SQLite, with better-sqlite3
 * connections of its own: a writer that takes the same in-process write lock
 * as the Prisma adapter's writes and transactions (BEGIN IMMEDIATE, as there),
 * and a read-only reader that sees the last committed state and never waits.
 * Values are stored the way Prisma stores them: DateTime as ISO-8601 text
 * with "+00:00", Boolean as 0/1.
 */
import Database from "better-sqlite3";
import type { Sql, SqliteSqlOptions, SqlParam, SqlRunner } from "./sql";
import { isRead } from "./sqlite-adapter";

interface Prepared {
  statement: Database.Statement;
  /** Which $n feeds each "?" in order. */
  order: number[];
  dates: string[];
  booleans: string[];
}

const toDb = (value: SqlParam) =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value;

class Connection {
  readonly #db: Database.Database;
  readonly #prepared = new Map<string, Prepared>();

  constructor(file: string, busyTimeoutMs: number, readonly: boolean) {
    this.#db = new Database(file, { timeout: busyTimeoutMs, readonly, fileMustExist: true });
    if (!readonly) this.#db.pragma("foreign_keys = ON");
  }

  #prepare(text: string): Prepared {
    let p = this.#prepared.get(text);
    if (!p) {
      const order: number[] = [];
      const statement = this.#db.prepare(text.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), "?")));
      const columns = statement.reader ? statement.columns() : [];
      const typed = (type: string) => columns.filter((c) => c.type?.toUpperCase() === type).map((c) => c.name);
      p = { statement, order, dates: typed("DATETIME"), booleans: typed("BOOLEAN") };
      this.#prepared.set(text, p);
    }
    return p;
  }

  rows<T>(text: string, params: readonly SqlParam[]): T[] {
    const p = this.#prepare(text);
    const rows = p.statement.all(...p.order.map((i) => toDb(params[i] ?? null))) as Record<string, unknown>[];
    for (const row of rows) {
      for (const c of p.dates) if (typeof row[c] === "string") row[c] = new Date(row[c]);
      for (const c of p.booleans) if (row[c] !== null) row[c] = Boolean(row[c]);
    }
    return rows as T[];
  }

  run(text: string, params: readonly SqlParam[]): number {
    const p = this.#prepare(text);
    return p.statement.run(...p.order.map((i) => toDb(params[i] ?? null))).changes;
  }

  exec(text: string): void {
    this.#db.exec(text);
  }

  close(): void {
    this.#db.close();
  }
}

/** better-sqlite3 is synchronous; these hand its answers back as promises (throws become rejections). */
function writerRunner(writer: () => Connection): SqlRunner {
  return {
    rows: async (text, params = []) => writer().rows(text, params),
    run: async (text, params = []) => writer().run(text, params),
  };
}

export function sqliteSql({ file, busyTimeoutMs, writeLock }: SqliteSqlOptions): Sql {
  // Opened at first use: a process that never takes the fast path opens nothing.
  let writer: Connection | undefined;
  let reader: Connection | undefined;
  const w = () => (writer ??= new Connection(file, busyTimeoutMs, false));
  const r = () => (reader ??= new Connection(file, busyTimeoutMs, true));
  const inTransaction = writerRunner(w);
  return {
    dialect: "sqlite",
    rows: async (text, params = []) => (isRead(text) ? r().rows(text, params) : writeLock.run(async () => w().rows(text, params))),
    run: (text, params = []) => writeLock.run(async () => w().run(text, params)),
    transaction: (fn) =>
      writeLock.run(async () => {
        w().exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(inTransaction);
          w().exec("COMMIT");
          return result;
        } catch (error) {
          w().exec("ROLLBACK");
          throw error;
        }
      }),
    async close() {
      writer?.close();
      reader?.close();
      writer = reader = undefined;
    },
  };
}
