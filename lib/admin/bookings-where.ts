import "server-only";
import type { BookingFilter } from "../validations/admin";
import { textMatch } from "./text-match";

/**
 * The reservation filter behind the bookings list and its CSV export: one
 * definition, so the export holds exactly the rows the table shows.
 */
export function bookingsWhere(filter: BookingFilter) {
  const q = filter.q?.trim();
  const seatNumber = q && /^\d{1,6}$/.test(q) ? Number(q) : undefined;
  return {
    ...(filter.scheduleId ? { scheduleId: filter.scheduleId } : {}),
    ...(filter.concertId ? { schedule: { concertId: filter.concertId } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(q
      ? {
          OR: [
            { user: { email: textMatch(q) } },
            { user: { name: textMatch(q) } },
            { seat: { label: textMatch(q) } },
            // Booking numbers are upper case (SP-7K3Q-92XD); staff may type them in any case.
            { payment: { bookingNumber: textMatch(q.toUpperCase()) } },
            ...(seatNumber !== undefined ? [{ seat: { number: seatNumber } }] : []),
          ],
        }
      : {}),
  };
}
