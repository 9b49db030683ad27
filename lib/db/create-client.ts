/**
 * Builds a Prisma client for a DATABASE_URL: `file:` → embedded SQLite through
 * better-sqlite3, `postgresql://` → PostgreSQL through pg. Both generated
 * clients come from one set of models; the SQLite client's type is used for
 * both because it is the narrower of the two.
 */
import path from "node:path";
import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Lock } from "../concurrency/lock";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import type { Sql } from "./sql";
import { postgresSql } from "./sql-postgres";
import { sqliteSql } from "./sql-sqlite";
import { retryingPgAdapter, replayTransactions } from "./pg-adapter";
import { SafeSqliteAdapterFactory } from "./sqlite-adapter";

export type Db = SqliteClient;

/** SQLite waits this long for the write lock before giving up (P1008). */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * WAL lets readers run beside the single writer. It is a property of the file,
 * so it is set once with a plain connection before Prisma opens it.
 */
export function prepareSqliteFile(url: string): string {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  raw.pragma("journal_mode = WAL");
  raw.close();
  return file;
}

/**
 * Under a rush, transactions queue for a pooled connection (PostgreSQL) or the
 * write lock (SQLite). Waiting a few seconds beats failing: Prisma's default
 * of 2 s to start a transaction turned bursts of 100 token requests into 500s.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/** This instance's connections, for the metrics (SQLite: the one writer and who waits for its lock). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Prisma for everything, plus the fast path (lib/db/sql.ts) on the same connections. */
export interface Database {
  db: Db;
  sql: Sql;
  poolStats(): PoolStats;
}

export function createDatabase(url: string, poolSize = 10): Database {
  const omit = { user: { passwordHash: true } } as const;
  const transactionOptions = TRANSACTION_OPTIONS;
  if (url.startsWith("file:")) {
    const file = prepareSqliteFile(url);
    const writeLock = new Lock();
    const adapter = new SafeSqliteAdapterFactory(file, SQLITE_BUSY_TIMEOUT_MS, writeLock);
    return {
      db: new SqliteClient({ adapter, omit, transactionOptions }) as unknown as Db,
      sql: sqliteSql({ file, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, writeLock }),
      poolStats: () => ({ total: 1, idle: writeLock.idle ? 1 : 0, waiting: Math.max(0, writeLock.waiting - 1) }),
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Whichever closes first (Prisma's $disconnect or sql.close) ends the shared pool.
  const adapter = retryingPgAdapter(new PrismaPg(pool, { disposeExternalPool: true }));
  const db = replayTransactions(new PostgresClient({ adapter, omit, transactionOptions }) as unknown as Db);
  return { db, sql: postgresSql(pool), poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }) };
}

/** Prisma alone (scripts, tests, the bench's checks). */
export function createDb(url: string, poolSize = 10): Db {
  return createDatabase(url, poolSize).db;
}
