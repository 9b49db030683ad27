import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { TicketView } from "../validations/tickets";
import { signTicketCode } from "./ticket-code";

/**
 * The caller's e-ticket for one bought seat. Only a paid seat has one (a
 * hold or an expired hold is a 404); a refunded or cancelled one is VOID
 * and carries no code, so a screenshot of it cannot be scanned in.
 */
export async function getTicket(userId: string, reservationId: string): Promise<TicketView> {
  const r = await getDb().reservation.findFirst({
    where: { id: reservationId, userId, paymentId: { not: null } },
    select: {
      id: true,
      status: true,
      scheduleId: true,
      price: true,
      user: { select: { name: true } },
      seat: { select: { id: true, number: true, label: true, tier: true } },
      payment: { select: { bookingNumber: true } },
      checkIn: { select: { checkedInAt: true } },
      schedule: { select: { startsAt: true, concert: { select: { id: true, title: true, artist: true, venue: true, timeZone: true } } } },
    },
  });
  if (!r || !r.payment || (r.status !== "CONFIRMED" && r.status !== "CANCELLED")) throw new AppError("NOT_FOUND", "No such ticket.");
  const { concert } = r.schedule;
  const status = r.status === "CANCELLED" ? "VOID" : r.checkIn ? "CHECKED_IN" : "VALID";
  return {
    reservationId: r.id,
    status,
    code: status === "VOID" ? null : signTicketCode({ reservationId: r.id, scheduleId: r.scheduleId }),
    bookingNumber: r.payment.bookingNumber,
    concertId: concert.id,
    scheduleId: r.scheduleId,
    concertTitle: concert.title,
    artist: concert.artist,
    venue: concert.venue,
    timeZone: concert.timeZone,
    startsAt: r.schedule.startsAt.toISOString(),
    seat: r.seat,
    price: r.price,
    holderName: r.user.name,
    checkedInAt: r.checkIn?.checkedInAt.toISOString() ?? null,
  };
}
