/** Recognises Prisma's known errors without importing either generated client. */
function prismaCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;
}

/** A unique constraint (or partial unique index) refused the write. */
export function isUniqueViolation(e: unknown): boolean {
  return prismaCode(e) === "P2002";
}

/** An update or delete by unique key found no row. */
export function isRecordNotFound(e: unknown): boolean {
  return prismaCode(e) === "P2025";
}

/** A CHECK constraint refused the write (e.g. a balance outside its range). */
export function isCheckViolation(e: unknown): boolean {
  const text = e instanceof Error ? e.message : "";
  return /check constraint|CHECK constraint/i.test(text) || prismaCode(e) === "P2004";
}

/**
 * Prisma codes for "the database was too busy": a transaction could not start
 * in time (P2028), a pooled connection could not be had (P2024), or SQLite's
 * write lock stayed taken past the busy timeout (P1008).
 */
export function isDatabaseBusy(e: unknown): boolean {
  const code = prismaCode(e);
  return code === "P2028" || code === "P2024" || code === "P1008";
}
