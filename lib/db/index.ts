/**
 * The process's one Prisma client, created at first use (so `next build`
 * needs no database) and kept on globalThis across dev hot reloads.
 */
import "server-only";
import { env } from "../env";
import { createDb, type Db } from "./create-client";

const globalForDb = globalThis as unknown as { stagepassDb?: Db };

export function getDb(): Db {
  globalForDb.stagepassDb ??= createDb(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  return globalForDb.stagepassDb;
}

export type { Db };
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
