import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import type { AuditEntry, AuditList } from "../validations/admin";

/** The staff audit log (who did what, when and why), newest first, keyset-paginated. */
export async function listAuditLog(opts: { cursor?: string; limit: number; reservationId?: string }): Promise<AuditList> {
  const rows = await getDb().auditLog.findMany({
    where: { ...(opts.reservationId ? { reservationId: opts.reservationId } : {}), ...olderThan(decodeCursor(opts.cursor)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: { id: true, action: true, reservationId: true, reason: true, createdAt: true, actor: { select: { id: true, email: true } } },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  return { items: items.map((r): AuditEntry => ({ ...r, createdAt: r.createdAt.toISOString() })), nextCursor };
}
