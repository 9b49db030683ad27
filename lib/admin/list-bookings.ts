import "server-only";
import { getDb } from "../db";
import { decodeCursor, newerThan, olderThan, page } from "../pagination";
import type { Booking, BookingFilter, BookingList, SortOrder } from "../validations/admin";
import { bookingsWhere } from "./bookings-where";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Reservations for staff, filtered by concert, date, status and a search
 * over email, name, seat and booking number. Keyset-paginated on (createdAt, id), newest
 * first by default, so pages stay stable while fans keep booking.
 */
export async function listBookings(
  filter: BookingFilter,
  opts: { cursor?: string; limit: number; sort?: SortOrder },
): Promise<BookingList> {
  const sort = opts.sort ?? "desc";
  const key = decodeCursor(opts.cursor);
  const rows = await getDb().reservation.findMany({
    where: { AND: [bookingsWhere(filter), sort === "desc" ? olderThan(key) : newerThan(key)] },
    orderBy: [{ createdAt: sort }, { id: sort }],
    take: opts.limit + 1,
    select: {
      id: true,
      status: true,
      price: true,
      heldUntil: true,
      confirmedAt: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true } },
      seat: { select: { id: true, number: true, label: true } },
      schedule: { select: { startsAt: true, concert: { select: { title: true, titleEn: true, timeZone: true } } } },
      payment: { select: { id: true, bookingNumber: true } },
    },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  return {
    items: items.map((r): Booking => ({
      reservationId: r.id,
      status: r.status,
      user: r.user,
      concertTitle: r.schedule.concert.title,
      concertTitleEn: r.schedule.concert.titleEn || null,
      timeZone: r.schedule.concert.timeZone,
      startsAt: r.schedule.startsAt.toISOString(),
      seat: r.seat,
      price: r.price,
      // Only a live hold has a deadline worth showing (the fan view does the same).
      heldUntil: r.status === "HELD" ? iso(r.heldUntil) : null,
      confirmedAt: iso(r.confirmedAt),
      paymentId: r.payment?.id ?? null,
      bookingNumber: r.payment?.bookingNumber ?? null,
    })),
    nextCursor,
  };
}
