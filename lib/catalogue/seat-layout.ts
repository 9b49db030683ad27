/**
 * The venue layout every schedule is seeded with: 5 rows of 10 seats, 50 in
 * all, stage in front of row A. Prices in won per tier.
 */
export const SEAT_TIERS = [
  { tier: "VIP", rows: ["A"], price: 165_000 },
  { tier: "R", rows: ["B", "C"], price: 132_000 },
  { tier: "S", rows: ["D", "E"], price: 99_000 },
] as const;

export const SEATS_PER_ROW = 10;

export interface SeatSpec {
  number: number;
  label: string;
  tier: string;
  price: number;
}

export function venueSeats(): SeatSpec[] {
  const seats: SeatSpec[] = [];
  let number = 1;
  for (const { tier, rows, price } of SEAT_TIERS) {
    for (const row of rows) {
      for (let i = 1; i <= SEATS_PER_ROW; i++) seats.push({ number: number++, label: `${row}-${i}`, tier, price });
    }
  }
  return seats;
}
