import type { Receipt } from "../validations/payments";

export const receiptSelect = {
  id: true,
  reservationId: true,
  amount: true,
  paidAt: true,
  refundedAt: true,
  reservation: {
    select: {
      seat: { select: { id: true, number: true, label: true, tier: true } },
      schedule: { select: { startsAt: true, concert: { select: { title: true, artist: true, venue: true } } } },
    },
  },
} as const;

interface Row {
  id: string;
  reservationId: string;
  amount: number;
  paidAt: Date;
  refundedAt: Date | null;
  reservation: {
    seat: { id: string; number: number; label: string; tier: string };
    schedule: { startsAt: Date; concert: { title: string; artist: string; venue: string } };
  };
}

export function toReceipt(p: Row): Receipt {
  const { concert, startsAt } = p.reservation.schedule;
  return {
    id: p.id,
    reservationId: p.reservationId,
    amount: p.amount,
    paidAt: p.paidAt.toISOString(),
    concertTitle: concert.title,
    artist: concert.artist,
    venue: concert.venue,
    startsAt: startsAt.toISOString(),
    seat: p.reservation.seat,
    refundedAt: p.refundedAt?.toISOString() ?? null,
  };
}
