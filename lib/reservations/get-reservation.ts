import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { ReservationView } from "../validations/reservations";
import { reservationSelect, toReservationView } from "./reservation-view";

/** One of the caller's reservations; someone else's id is a 404. */
export async function getReservation(userId: string, reservationId: string): Promise<ReservationView> {
  const row = await getDb().reservation.findFirst({ where: { id: reservationId, userId }, select: reservationSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such reservation.");
  return toReservationView(row);
}
