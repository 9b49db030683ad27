/**
 * The fast path: hand-written SQL for the few statements every fan of a rush
 * runs (queue-token checks, the hold transaction), straight on the drivers
 * that Prisma's adapters wrap. Everything else stays on Prisma.
 *
 * Why: a rush saturates the app server's one thread, and Prisma's query
 * engine costs about twice the driver's CPU per statement (toolchain notes:
 * ~75 µs vs ~40 µs for a lookup by key); in the hold benchmark 29 % of the
 * server's CPU was inside @prisma/client. Same database, same connection pool
 * (PostgreSQL) or the same in-process write lock (SQLite), so a fast-path
 * transaction and a Prisma one are ordered exactly as two Prisma ones would be.
 *
 * SQL is written once, with $1, $2 … placeholders, in the dialect both
 * databases share. Rows come back with DateTime columns as Date and Boolean
 * columns as boolean on both.
 */
import type { Lock } from "../concurrency/lock";

export type SqlParam = string | number | boolean | Date | null;

export interface SqlRunner {
  /** Rows of a SELECT (or of a write with RETURNING). */
  rows<T>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs a write; resolves with the number of rows it changed. */
  run(text: string, params?: readonly SqlParam[]): Promise<number>;
}

export interface Sql extends SqlRunner {
  /** For the rare statement that must differ (a PostgreSQL function where SQLite runs statements in process). */
  readonly dialect: "postgresql" | "sqlite";
  /** One transaction: committed when `fn` resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SqliteSqlOptions {
  file: string;
  busyTimeoutMs: number;
  /** The lock the Prisma adapter's writes take too, so the two never interleave. */
  writeLock: Lock;
}
