"use server";

import { requireActionCaller } from "@/lib/auth/session";
import { holdSeat } from "@/lib/holds/hold-seat";
import { releaseHold } from "@/lib/holds/release-hold";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { actionQueueToken } from "@/lib/http/queue-cookie";
import { idSchema } from "@/lib/validations/common";
import { holdSeatSchema, type HeldReservation } from "@/lib/validations/reservations";

/**
 * Picking a seat holds it: the same holdSeat as POST /api/v1/reservations.
 * The page says which concert the seat is of, to pick its queue token; the
 * hold itself checks the token is for the seat's concert.
 */
export async function holdSeatAction(seatId: string, concertId: string): Promise<ActionResult<HeldReservation>> {
  return runAction(async () => {
    const { id } = await requireActionCaller();
    const input = validate(holdSeatSchema, { seatId });
    const token = await actionQueueToken(id, validate(idSchema, concertId, "concert id"));
    return holdSeat(id, input.seatId, token);
  });
}

/** Gives a held seat back: the same releaseHold as DELETE /api/v1/reservations/{id}. */
export async function releaseHoldAction(reservationId: string, concertId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { id } = await requireActionCaller();
    const reservation = validate(idSchema, reservationId, "reservation id");
    await releaseHold(id, reservation, await actionQueueToken(id, validate(idSchema, concertId, "concert id")));
    return null;
  });
}
