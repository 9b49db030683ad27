import type { ReservationView } from "../validations/reservations";

export const reservationSelect = {
  id: true,
  status: true,
  scheduleId: true,
  price: true,
  heldUntil: true,
  confirmedAt: true,
  createdAt: true,
  seat: { select: { id: true, number: true, label: true, tier: true } },
  schedule: { select: { startsAt: true, concert: { select: { id: true, title: true, titleEn: true } } } },
  payment: { select: { id: true, bookingNumber: true } },
} as const;

interface Row {
  id: string;
  status: ReservationView["status"];
  scheduleId: string;
  price: number;
  heldUntil: Date | null;
  confirmedAt: Date | null;
  seat: { id: string; number: number; label: string; tier: string };
  schedule: { startsAt: Date; concert: { id: string; title: string; titleEn: string } };
  payment: { id: string; bookingNumber: string } | null;
}

/** A HELD reservation whose timer ran out reads as EXPIRED, sweeper or not. */
export function toReservationView(r: Row, now = new Date()): ReservationView {
  const status = r.status === "HELD" && r.heldUntil && r.heldUntil <= now ? "EXPIRED" : r.status;
  return {
    id: r.id,
    status,
    scheduleId: r.scheduleId,
    concertId: r.schedule.concert.id,
    concertTitle: r.schedule.concert.title,
    concertTitleEn: r.schedule.concert.titleEn || null,
    startsAt: r.schedule.startsAt.toISOString(),
    seat: r.seat,
    price: r.price,
    heldUntil: status === "HELD" && r.heldUntil ? r.heldUntil.toISOString() : null,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    paymentId: r.payment?.id ?? null,
    bookingNumber: r.payment?.bookingNumber ?? null,
  };
}
