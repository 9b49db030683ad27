import "server-only";
import { getDb } from "../db";
import { decodeCursor, olderThan, page } from "../pagination";
import type { AuditEntry, AuditList } from "../validations/admin";

/** The staff audit log (who did what, to which booking, when and why), newest first, keyset-paginated. */
export async function listAuditLog(opts: { cursor?: string; limit: number; reservationId?: string }): Promise<AuditList> {
  const rows = await getDb().auditLog.findMany({
    where: { ...(opts.reservationId ? { reservationId: opts.reservationId } : {}), ...olderThan(decodeCursor(opts.cursor)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: {
      id: true,
      action: true,
      reservationId: true,
      reason: true,
      createdAt: true,
      actor: { select: { id: true, email: true } },
      reservation: {
        select: {
          user: { select: { id: true, email: true, name: true } },
          seat: { select: { label: true } },
          schedule: { select: { startsAt: true, concert: { select: { title: true, titleEn: true, timeZone: true } } } },
          payment: { select: { bookingNumber: true } },
        },
      },
    },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r);
  return {
    items: items.map(({ reservation: b, ...r }): AuditEntry => ({
      ...r,
      booking: b
        ? {
            user: b.user,
            seat: b.seat,
            concertTitle: b.schedule.concert.title,
            concertTitleEn: b.schedule.concert.titleEn || null,
            timeZone: b.schedule.concert.timeZone,
            startsAt: b.schedule.startsAt.toISOString(),
            bookingNumber: b.payment?.bookingNumber ?? null,
          }
        : null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
  };
}
