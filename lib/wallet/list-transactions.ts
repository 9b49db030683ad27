import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import type { WalletTransactionView } from "../validations/wallet";

/** The caller's ledger, newest first, keyset-paginated. */
export async function listTransactions(userId: string, opts: { cursor?: string; limit: number }) {
  const rows = await getDb().walletTransaction.findMany({
    where: { userId, ...olderThan(decodeCursor(opts.cursor)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: { id: true, type: true, amount: true, balanceAfter: true, reservationId: true, createdAt: true },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  return {
    items: items.map((r): WalletTransactionView => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor,
  };
}
