import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import type { WalletTransactionView } from "../validations/wallet";

/** What a payment or refund row was for, read in one query for the whole page (the ledger has no relation to it). */
async function bookingsOf(userId: string, reservationIds: string[]): Promise<Map<string, NonNullable<WalletTransactionView["booking"]>>> {
  if (reservationIds.length === 0) return new Map();
  const rows = await getDb().reservation.findMany({
    where: { id: { in: reservationIds }, userId },
    select: {
      id: true,
      seat: { select: { label: true } },
      schedule: { select: { startsAt: true, concert: { select: { title: true, titleEn: true, timeZone: true } } } },
      payment: { select: { id: true, bookingNumber: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        concertTitle: r.schedule.concert.title,
        concertTitleEn: r.schedule.concert.titleEn || null,
        startsAt: r.schedule.startsAt.toISOString(),
        timeZone: r.schedule.concert.timeZone,
        seat: { label: r.seat.label },
        paymentId: r.payment?.id ?? null,
        bookingNumber: r.payment?.bookingNumber ?? null,
      },
    ]),
  );
}

/** The caller's ledger, newest first, keyset-paginated; payments and refunds name the concert, date and seat. */
export async function listTransactions(userId: string, opts: { cursor?: string; limit: number }) {
  const rows = await getDb().walletTransaction.findMany({
    where: { userId, ...olderThan(decodeCursor(opts.cursor)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: { id: true, type: true, amount: true, balanceAfter: true, reservationId: true, createdAt: true },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  const bookings = await bookingsOf(userId, [...new Set(items.flatMap((r) => (r.reservationId ? [r.reservationId] : [])))]);
  return {
    items: items.map((r): WalletTransactionView => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      booking: (r.reservationId && bookings.get(r.reservationId)) || null,
    })),
    nextCursor,
  };
}
