/**
 * Keyset pagination over (createdAt, id), newest first: stable under inserts,
 * no OFFSET scans. The cursor is opaque to clients.
 */
import { AppError } from "./errors";

export interface Keyset {
  at: Date;
  id: string;
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (!cursor) return undefined;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) {
    throw new AppError("VALIDATION_FAILED", "The cursor is invalid.", { errors: [{ path: "cursor", message: "invalid cursor" }] });
  }
  return { at, id };
}

/** The where-clause for "older than the cursor" on (createdAt desc, id desc). */
export function olderThan(key: Keyset | undefined, field: "createdAt" | "paidAt" = "createdAt") {
  if (!key) return {};
  return { OR: [{ [field]: { lt: key.at } }, { [field]: key.at, id: { lt: key.id } }] };
}

/** The where-clause for "newer than the cursor" on (createdAt asc, id asc). */
export function newerThan(key: Keyset | undefined) {
  if (!key) return {};
  return { OR: [{ createdAt: { gt: key.at } }, { createdAt: key.at, id: { gt: key.id } }] };
}

/** Splits a page fetched with limit + 1 rows into items and the next cursor. */
export function page<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => { createdAt: Date; id: string }) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
