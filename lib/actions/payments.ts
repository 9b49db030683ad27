"use server";

import { requireActionCaller } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { cookieTokenSource } from "@/lib/http/queue-cookie";
import { payReservation } from "@/lib/payments/pay-reservation";
import { idempotencyKeySchema } from "@/lib/validations/common";
import { payReservationSchema, type PaymentResult } from "@/lib/validations/payments";

/**
 * "Pay": the same payReservation as POST /api/v1/payments. The browser sends
 * one Idempotency-Key per attempt, so a double click or a retried request pays once.
 */
export async function payReservationAction(reservationId: string, idempotencyKey: string): Promise<ActionResult<PaymentResult>> {
  return runAction(async () => {
    const caller = await requireActionCaller();
    const input = validate(payReservationSchema, { reservationId });
    const key = validate(idempotencyKeySchema, idempotencyKey, "Idempotency-Key");
    const result = await payReservation({
      userId: caller.id,
      reservationId: input.reservationId,
      tokens: await cookieTokenSource(),
      idempotencyKey: key,
    });
    return result.body;
  });
}
