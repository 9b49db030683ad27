import "server-only";
import { effectiveSeatStatus } from "../catalogue/seat-state";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Occupancy, OccupancySeat } from "../validations/admin";

/**
 * The seat map of one date in staff mode: each seat's effective state, who
 * holds or bought it (from its live reservation), the hold deadline and the
 * payment, plus sold/held/available counts.
 */
export async function getOccupancy(scheduleId: string, now = new Date()): Promise<Occupancy> {
  const schedule = await getDb().schedule.findUnique({
    where: { id: scheduleId },
    select: {
      id: true,
      concertId: true,
      startsAt: true,
      concert: { select: { title: true, titleEn: true, timeZone: true } },
      seats: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          label: true,
          tier: true,
          price: true,
          status: true,
          heldUntil: true,
          // At most one live reservation per seat (partial unique index).
          reservations: {
            where: { status: { in: ["HELD", "CONFIRMED"] } },
            take: 1,
            select: {
              id: true,
              price: true,
              user: { select: { id: true, email: true, name: true } },
              payment: { select: { id: true, bookingNumber: true } },
            },
          },
        },
      },
    },
  });
  if (!schedule) throw new AppError("NOT_FOUND", "No such date.");
  const seats = schedule.seats.map((s): OccupancySeat => {
    const status = effectiveSeatStatus(s, now);
    const live = status === "AVAILABLE" ? undefined : s.reservations[0];
    return {
      id: s.id,
      number: s.number,
      label: s.label,
      tier: s.tier,
      price: s.price,
      status,
      reservationId: live?.id ?? null,
      user: live?.user ?? null,
      heldUntil: status === "HELD" ? (s.heldUntil?.toISOString() ?? null) : null,
      paymentId: live?.payment?.id ?? null,
      // What this seat cost: one payment may cover a basket of seats.
      paidAmount: live?.payment ? live.price : null,
      bookingNumber: live?.payment?.bookingNumber ?? null,
    };
  });
  const count = (st: OccupancySeat["status"]) => seats.filter((s) => s.status === st).length;
  return {
    scheduleId: schedule.id,
    concertId: schedule.concertId,
    concertTitle: schedule.concert.title,
    concertTitleEn: schedule.concert.titleEn || null,
    timeZone: schedule.concert.timeZone,
    startsAt: schedule.startsAt.toISOString(),
    counts: { available: count("AVAILABLE"), held: count("HELD"), sold: count("SOLD") },
    seats,
  };
}
