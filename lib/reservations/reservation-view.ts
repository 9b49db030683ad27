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
  schedule: { select: { startsAt: true, concert: { select: { id: true, title: true, titleEn: true, timeZone: true } } } },
  payment: { select: { id: true, bookingNumber: true } },
  endedAt: true,
  cancellationFee: true,
  // Who ended a bought seat and why: the staff refund's reason, or the fan's own cancellation.
  audit: {
    where: { action: { in: ["REFUND", "CANCEL"] as string[] } },
    select: { action: true, reason: true },
    orderBy: { createdAt: "asc" },
    take: 1,
  },
} as const;

interface Row {
  id: string;
  status: ReservationView["status"];
  scheduleId: string;
  price: number;
  heldUntil: Date | null;
  confirmedAt: Date | null;
  seat: { id: string; number: number; label: string; tier: string };
  schedule: { startsAt: Date; concert: { id: string; title: string; titleEn: string; timeZone: string } };
  payment: { id: string; bookingNumber: string } | null;
  endedAt: Date | null;
  cancellationFee: number;
  audit: Array<{ action: string; reason: string }>;
}

/** A bought seat given back: what returned to the wallet, when, and who decided (the staff's reason, or the fan). */
function refundOf(r: Row): ReservationView["refund"] {
  if (r.status !== "CANCELLED" || !r.payment || !r.endedAt) return null;
  const ended = r.audit[0];
  const byStaff = ended?.action === "REFUND";
  return {
    amount: r.price - r.cancellationFee,
    fee: r.cancellationFee,
    refundedAt: r.endedAt.toISOString(),
    by: byStaff ? "STAFF" : "FAN",
    reason: byStaff ? ended.reason : null,
  };
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
    timeZone: r.schedule.concert.timeZone,
    seat: r.seat,
    price: r.price,
    heldUntil: status === "HELD" && r.heldUntil ? r.heldUntil.toISOString() : null,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    paymentId: r.payment?.id ?? null,
    bookingNumber: r.payment?.bookingNumber ?? null,
    refund: refundOf(r),
  };
}
