/**
 * The storage under every rate limit: rate-limiter-flexible's PostgreSQL store
 * (RateLimiterPostgres), whose three statements (an INSERT … ON CONFLICT DO
 * UPDATE … RETURNING, a SELECT by key, a DELETE by key) are also valid SQLite.
 * This client hands them to the project's fast path (lib/db/sql.ts):
 *
 * - PostgreSQL: the pg pool Prisma uses, so limits hold across instances.
 * - SQLite: the same database file, under the same in-process write lock as
 *   Prisma's writes. The library's own SQLite store was not used: it drives a
 *   better-sqlite3 connection synchronously outside that lock, so while a
 *   Prisma transaction held the file's write lock across an await, its write
 *   would block the event loop (and with it that transaction) until the busy
 *   timeout. Its memory store would forget every count on restart.
 *
 * The table is created by the migrations (`tableCreated: true`).
 */
import "server-only";
import { getSql } from "../db";
import type { SqlParam } from "../db/sql";

interface Query {
  text: string;
  values?: SqlParam[];
}

const returnsRows = (text: string) => /^\s*SELECT\b/i.test(text) || /\bRETURNING\b/i.test(text);

/** The part of pg's Pool that RateLimiterPostgres calls (storeType "pool"). */
export const rateLimitStoreClient = {
  async query({ text, values = [] }: Query): Promise<{ rows: unknown[]; rowCount: number }> {
    const sql = getSql();
    if (returnsRows(text)) {
      const rows = await sql.rows(text, values);
      return { rows, rowCount: rows.length };
    }
    return { rows: [], rowCount: await sql.run(text, values) };
  },
};

export const RATE_LIMIT_TABLE = "RateLimit";
