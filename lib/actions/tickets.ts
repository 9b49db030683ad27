"use server";

import { requireActionCaller, requireStaffActionCaller } from "@/lib/auth/session";
import { cancelBooking } from "@/lib/cancellation/cancel-booking";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { checkIn } from "@/lib/tickets/check-in";
import { idempotencyKeySchema, idSchema } from "@/lib/validations/common";
import { checkInInputSchema, type CancelResult, type CheckInResult } from "@/lib/validations/tickets";

/** "Cancel and get … back": the same cancelBooking as POST /api/v1/reservations/{id}/cancel, one Idempotency-Key per attempt. */
export async function cancelBookingAction(reservationId: string, idempotencyKey: string): Promise<ActionResult<CancelResult>> {
  return runAction(async () => {
    const caller = await requireActionCaller();
    const id = validate(idSchema, reservationId, "reservation id");
    const key = validate(idempotencyKeySchema, idempotencyKey, "Idempotency-Key");
    return (await cancelBooking({ userId: caller.id, reservationId: id, idempotencyKey: key })).body;
  });
}

/** The gate's "Check in": the same checkIn as POST /api/v1/admin/check-ins. */
export async function checkInAction(input: unknown): Promise<ActionResult<CheckInResult>> {
  return runAction(async () => {
    const caller = await requireStaffActionCaller();
    return checkIn(caller.id, validate(checkInInputSchema, input));
  });
}
