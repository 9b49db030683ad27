import "server-only";
import { getDb } from "../db";
import type { Stats } from "../validations/admin";

/**
 * Headline numbers for one concert (or all): queue length, seat counts and
 * revenue. Expiry is read from timestamps, not from a sweeper: a HELD seat
 * whose heldUntil passed counts as available, an ACTIVE token whose
 * expiresAt passed no longer counts as active. Revenue is the sum of
 * paid seats that were not refunded plus the fees kept on fans' cancellations.
 */
export async function getStats(concertId?: string, now = new Date()): Promise<Stats> {
  const db = getDb();
  const byConcert = concertId ? { concertId } : {};
  const seatScope = concertId ? { schedule: { concertId } } : {};
  const [waiting, active, total, held, sold, revenue, fees] = await Promise.all([
    db.queueToken.count({ where: { ...byConcert, status: "WAITING" } }),
    db.queueToken.count({ where: { ...byConcert, status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
    db.seat.count({ where: seatScope }),
    db.seat.count({ where: { ...seatScope, status: "HELD", heldUntil: { gt: now } } }),
    db.seat.count({ where: { ...seatScope, status: "SOLD" } }),
    // Per paid seat still confirmed: a basket's payment may be partly refunded.
    db.reservation.aggregate({ where: { status: "CONFIRMED", paymentId: { not: null }, ...seatScope }, _sum: { price: true } }),
    // Fees kept when fans cancelled stay revenue.
    db.reservation.aggregate({ where: { status: "CANCELLED", ...seatScope }, _sum: { cancellationFee: true } }),
  ]);
  return {
    queue: { waiting, active },
    seats: { available: total - held - sold, held, sold },
    revenue: (revenue._sum.price ?? 0) + (fees._sum.cancellationFee ?? 0),
  };
}
