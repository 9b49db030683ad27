import "server-only";
import type { BookingFilter, SortOrder } from "../validations/admin";
import { isoInZone } from "../format/dates";
import { csvRow } from "./csv-row";
import { listBookings } from "./list-bookings";

/** Rows fetched per database round trip while exporting. */
export const EXPORT_PAGE_SIZE = 500;

const HEADER = [
  "reservationId",
  "status",
  "userId",
  "email",
  "name",
  "concert",
  "startsAt",
  "seatNumber",
  "seatLabel",
  "price",
  "heldUntil",
  "confirmedAt",
  "paymentId",
];

/** Timestamps in the row's venue zone with its offset (2026-12-09T19:00:00+09:00), as the console shows them. */
const inZone = (iso: string | null, timeZone: string) => (iso ? isoInZone(iso, timeZone) : null);

/**
 * The bookings matching a filter as a CSV stream. It pulls one keyset page
 * at a time only when the client reads, so 100,000 rows never sit in memory
 * and a slow download slows the queries down instead of buffering.
 */
export function streamBookingsCsv(filter: BookingFilter, sort: SortOrder = "desc"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvRow(HEADER)));
        return;
      }
      const { items, nextCursor } = await listBookings(filter, { cursor, limit: EXPORT_PAGE_SIZE, sort });
      const text = items
        .map((b) =>
          csvRow([
            b.reservationId,
            b.status,
            b.user.id,
            b.user.email,
            b.user.name,
            b.concertTitle,
            inZone(b.startsAt, b.timeZone),
            b.seat.number,
            b.seat.label,
            b.price,
            inZone(b.heldUntil, b.timeZone),
            inZone(b.confirmedAt, b.timeZone),
            b.paymentId,
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (!nextCursor) controller.close();
      cursor = nextCursor ?? undefined;
    },
  });
}
