/**
 * Recognises Prisma's known errors without importing either generated client,
 * and the drivers' own codes for what the fast path (lib/db/sql.ts) runs:
 * PostgreSQL SQLSTATEs and better-sqlite3's SQLITE_* codes.
 */
function prismaCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;
}

/** A unique constraint (or partial unique index) refused the write. */
export function isUniqueViolation(e: unknown): boolean {
  const code = prismaCode(e);
  return code === "P2002" || code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** An update or delete by unique key found no row. */
export function isRecordNotFound(e: unknown): boolean {
  return prismaCode(e) === "P2025";
}

/**
 * Prisma codes for "the database was too busy": a transaction could not start
 * in time (P2028), a pooled connection could not be had (P2024), or SQLite's
 * write lock stayed taken past the busy timeout (P1008, or SQLITE_BUSY from
 * the fast path).
 */
export function isDatabaseBusy(e: unknown): boolean {
  const code = prismaCode(e);
  return code === "P2028" || code === "P2024" || code === "P1008" || code === "SQLITE_BUSY";
}
