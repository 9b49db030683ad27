"use server";

import { requireActionCaller } from "@/lib/auth/session";
import { holdSeat } from "@/lib/holds/hold-seat";
import { releaseHold } from "@/lib/holds/release-hold";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { cookieTokenSource } from "@/lib/http/queue-cookie";
import { idSchema } from "@/lib/validations/common";
import { holdSeatSchema, type HeldReservation } from "@/lib/validations/reservations";

/** Picking a seat holds it: the same holdSeat as POST /api/v1/reservations, token from the cookie. */
export async function holdSeatAction(seatId: string): Promise<ActionResult<HeldReservation>> {
  return runAction(async () => {
    const { id } = await requireActionCaller();
    const input = validate(holdSeatSchema, { seatId });
    return holdSeat(id, input.seatId, await cookieTokenSource());
  });
}

/** Gives a held seat back: the same releaseHold as DELETE /api/v1/reservations/{id}. */
export async function releaseHoldAction(reservationId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const { id } = await requireActionCaller();
    await releaseHold(id, validate(idSchema, reservationId, "reservation id"), await cookieTokenSource());
    return null;
  });
}
