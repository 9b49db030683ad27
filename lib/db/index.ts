/**
 * The process's one Prisma client, created at first use (so `next build`
 * needs no database) and kept on globalThis across dev hot reloads.
 */
import "server-only";
import { env } from "../env";
import { createDatabase, type Db, type PoolStats } from "./create-client";
import type { Sql } from "./sql";

const globalForDb = globalThis as unknown as { stagepassDb?: Db; stagepassSql?: Sql; stagepassPoolStats?: () => PoolStats };

function open(): void {
  const { db, sql, poolStats } = createDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  globalForDb.stagepassDb = db;
  globalForDb.stagepassSql = sql;
  globalForDb.stagepassPoolStats = poolStats;
}

export function getDb(): Db {
  if (!globalForDb.stagepassDb) open();
  return globalForDb.stagepassDb!;
}

/** The fast path on the same database (see sql.ts); only for the hottest statements. */
export function getSql(): Sql {
  if (!globalForDb.stagepassSql) open();
  return globalForDb.stagepassSql!;
}

/** This instance's connection pool (for the metrics). */
export function getPoolStats(): PoolStats {
  if (!globalForDb.stagepassPoolStats) open();
  return globalForDb.stagepassPoolStats!();
}

export type { Db, Sql };
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
