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

/** A CHECK constraint refused the write (e.g. a balance outside its range). */
export function isCheckViolation(e: unknown): boolean {
  const text = e instanceof Error ? e.message : "";
  return /check constraint|CHECK constraint/i.test(text) || prismaCode(e) === "P2004";
}
