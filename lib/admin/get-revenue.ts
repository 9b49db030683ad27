import { dayKey } from "../format/dates";
import "server-only";
import { getDb } from "../db";
import { CONCERT_WITH_DATES } from "./list-concert-options";
import type { Revenue } from "../validations/admin";

/**
 * Revenue and sales: totals per concert and date, sell-through per date and
 * sales per day. Revenue counts paid seats not refunded (one row per seat,
 * so the rows read here are bounded by the venue sizes, not by traffic),
 * plus the fees kept when fans cancelled (on the day they cancelled).
 */
export async function getRevenue(concertId?: string): Promise<Revenue> {
  const db = getDb();
  const [concerts, seatCounts, payments, fees] = await Promise.all([
    db.concert.findMany({
      where: concertId ? { id: concertId } : {},
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: CONCERT_WITH_DATES,
    }),
    db.seat.groupBy({ by: ["scheduleId"], where: concertId ? { schedule: { concertId } } : {}, _count: { _all: true } }),
    // One row per paid seat still confirmed: a basket is one payment of several seats, refundable seat by seat.
    db.reservation.findMany({
      where: { status: "CONFIRMED", paymentId: { not: null }, ...(concertId ? { schedule: { concertId } } : {}) },
      select: {
        price: true,
        scheduleId: true,
        payment: { select: { paidAt: true } },
        schedule: { select: { concert: { select: { timeZone: true } } } },
      },
    }),
    // A fan's self-cancellation keeps its fee: revenue of that date, on the day of the cancellation.
    db.reservation.findMany({
      where: { status: "CANCELLED", cancellationFee: { gt: 0 }, ...(concertId ? { schedule: { concertId } } : {}) },
      select: { cancellationFee: true, scheduleId: true, endedAt: true, schedule: { select: { concert: { select: { timeZone: true } } } } },
    }),
  ]);
  const seatsOf = new Map(seatCounts.map((g) => [g.scheduleId, g._count._all]));
  const perSchedule = new Map<string, { revenue: number; sold: number }>();
  const perDay = new Map<string, { revenue: number; tickets: number }>();
  for (const p of payments) {
    const s = perSchedule.get(p.scheduleId) ?? { revenue: 0, sold: 0 };
    perSchedule.set(p.scheduleId, { revenue: s.revenue + p.price, sold: s.sold + 1 });
    // The venue's calendar day: a 03:39 KST sale belongs to that Seoul day, not the previous UTC one.
    const day = dayKey(p.payment!.paidAt, p.schedule.concert.timeZone);
    const d = perDay.get(day) ?? { revenue: 0, tickets: 0 };
    perDay.set(day, { revenue: d.revenue + p.price, tickets: d.tickets + 1 });
  }
  for (const f of fees) {
    const s = perSchedule.get(f.scheduleId) ?? { revenue: 0, sold: 0 };
    perSchedule.set(f.scheduleId, { ...s, revenue: s.revenue + f.cancellationFee });
    const day = dayKey(f.endedAt ?? new Date(), f.schedule.concert.timeZone);
    const d = perDay.get(day) ?? { revenue: 0, tickets: 0 };
    perDay.set(day, { ...d, revenue: d.revenue + f.cancellationFee });
  }
  const rows = concerts.map((c) => {
    const schedules = c.schedules.map((s) => {
      const sales = perSchedule.get(s.id) ?? { revenue: 0, sold: 0 };
      const totalSeats = seatsOf.get(s.id) ?? 0;
      return {
        scheduleId: s.id,
        startsAt: s.startsAt.toISOString(),
        ...sales,
        totalSeats,
        sellThrough: totalSeats ? sales.sold / totalSeats : 0,
      };
    });
    const sum = (k: "revenue" | "sold" | "totalSeats") => schedules.reduce((acc, s) => acc + s[k], 0);
    return {
      concertId: c.id,
      title: c.title,
      titleEn: c.titleEn || null,
      timeZone: c.timeZone,
      revenue: sum("revenue"),
      sold: sum("sold"),
      totalSeats: sum("totalSeats"),
      schedules,
    };
  });
  return {
    total: payments.reduce((acc, p) => acc + p.price, 0) + fees.reduce((acc, f) => acc + f.cancellationFee, 0),
    ticketsSold: payments.length,
    concerts: rows,
    salesByDay: [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v })),
  };
}
