import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import { receiptSelect, toReceipt } from "./receipt-view";

/** The caller's receipts, newest first. */
export async function listPayments(userId: string, opts: { cursor?: string; limit: number }) {
  const rows = await getDb().payment.findMany({
    where: { userId, ...olderThan(decodeCursor(opts.cursor), "paidAt") },
    orderBy: [{ paidAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: receiptSelect,
  });
  const { items, nextCursor } = page(rows, opts.limit, (p) => ({ createdAt: p.paidAt, id: p.id }));
  return { items: items.map(toReceipt), nextCursor };
}
