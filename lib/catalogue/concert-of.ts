import "server-only";
import { getDb } from "../db";
import { scheduleSeats } from "../holds/seat-rows";

/**
 * Which concert a booking call is about, for the edge to pick the web UI's
 * cookie token (a JSON map concertId → token). Only asked when a request
 * carries that cookie and no X-Queue-Token header; null when the id names
 * nothing (the domain call then answers 404 or the token error).
 */

/** A date's concert, from the seat rows every seat-map read of this process shares (no query of its own). */
export async function concertOfSchedule(scheduleId: string): Promise<string | null> {
  return (await scheduleSeats(scheduleId))?.concertId ?? null;
}

export async function concertOfSeat(seatId: string): Promise<string | null> {
  const seat = await getDb().seat.findUnique({ where: { id: seatId }, select: { schedule: { select: { concertId: true } } } });
  return seat?.schedule.concertId ?? null;
}

/** The concert of the caller's own reservation (owner only, like every reservation read). */
export async function concertOfReservation(userId: string, reservationId: string): Promise<string | null> {
  const r = await getDb().reservation.findFirst({
    where: { id: reservationId, userId },
    select: { schedule: { select: { concertId: true } } },
  });
  return r?.schedule.concertId ?? null;
}
