import type { Receipt } from "../validations/payments";

const seatSelect = { select: { id: true, number: true, label: true, tier: true } } as const;

export const receiptSelect = {
  id: true,
  reservationId: true,
  bookingNumber: true,
  amount: true,
  paidAt: true,
  refundedAt: true,
  reservation: {
    select: {
      seat: seatSelect,
      schedule: {
        select: {
          startsAt: true,
          concert: { select: { title: true, titleEn: true, artist: true, artistEn: true, venue: true, venueEn: true, timeZone: true } },
        },
      },
    },
  },
  seats: { orderBy: { seat: { number: "asc" } }, select: { id: true, price: true, status: true, seat: seatSelect } },
} as const;

type SeatRef = { id: string; number: number; label: string; tier: string };

interface Row {
  id: string;
  reservationId: string;
  bookingNumber: string;
  amount: number;
  paidAt: Date;
  refundedAt: Date | null;
  reservation: {
    seat: SeatRef;
    schedule: {
      startsAt: Date;
      concert: { title: string; titleEn: string; artist: string; artistEn: string; venue: string; venueEn: string; timeZone: string };
    };
  };
  seats: { id: string; price: number; status: Receipt["seats"][number]["status"]; seat: SeatRef }[];
}

/** A receipt: the payment, its date and every seat it bought (each with its own state: one may be refunded alone). */
export function toReceipt(p: Row): Receipt {
  const { concert, startsAt } = p.reservation.schedule;
  return {
    id: p.id,
    reservationId: p.reservationId,
    bookingNumber: p.bookingNumber,
    amount: p.amount,
    paidAt: p.paidAt.toISOString(),
    concertTitle: concert.title,
    artist: concert.artist,
    venue: concert.venue,
    // English renderings for English pages; null where the concert has none.
    concertTitleEn: concert.titleEn || null,
    artistEn: concert.artistEn || null,
    venueEn: concert.venueEn || null,
    startsAt: startsAt.toISOString(),
    timeZone: concert.timeZone,
    seat: p.reservation.seat,
    refundedAt: p.refundedAt?.toISOString() ?? null,
    seats: p.seats.map((r) => ({ ...r.seat, reservationId: r.id, price: r.price, status: r.status })),
  };
}
