import { randomBytes } from "node:crypto";

/**
 * Ids for rows the fast path inserts (lib/db/sql.ts), shaped like the cuids
 * Prisma gives every other row: "c", the time in base 36, then random base 36,
 * 25 characters. Time first keeps them roughly in creation order like cuids.
 */
export function newId(now = Date.now()): string {
  const time = now.toString(36).padStart(8, "0");
  let random = "";
  for (const byte of randomBytes(16)) random += (byte % 36).toString(36);
  return `c${time}${random}`;
}
