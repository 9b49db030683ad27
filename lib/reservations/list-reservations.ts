import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import type { ReservationView } from "../validations/reservations";
import { reservationSelect, toReservationView } from "./reservation-view";

type Status = ReservationView["status"];

/**
 * The caller's reservations, newest first. Status filters use the effective
 * status: a run-out hold is EXPIRED, not HELD.
 */
export async function listReservations(userId: string, opts: { status?: Status; cursor?: string; limit: number }) {
  const now = new Date();
  const byStatus =
    opts.status === "HELD"
      ? { status: "HELD" as const, heldUntil: { gt: now } }
      : opts.status === "EXPIRED"
        ? { OR: [{ status: "EXPIRED" as const }, { status: "HELD" as const, heldUntil: { lte: now } }] }
        : opts.status
          ? { status: opts.status }
          : {};
  const rows = await getDb().reservation.findMany({
    where: { AND: [{ userId }, byStatus, olderThan(decodeCursor(opts.cursor))] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: reservationSelect,
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  return { items: items.map((r) => toReservationView(r, now)), nextCursor };
}
