"use server";

import { requireActionCaller } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { actionQueueToken } from "@/lib/http/queue-cookie";
import { payBasket } from "@/lib/payments/pay-basket";
import { idempotencyKeySchema, idSchema } from "@/lib/validations/common";
import { payBasketSchema, type BasketPaymentResult } from "@/lib/validations/payments";

/**
 * "Pay": the basket of one date in one payment, the same payBasket as POST
 * /api/v1/payments with `reservationIds`. The browser sends one
 * Idempotency-Key per attempt, so a double click or a retried request pays
 * once. The queue token is this browser's for the concert, or the fan's live
 * one from another device (then remembered here too).
 */
export async function payBasketAction(
  reservationIds: string[],
  concertId: string,
  idempotencyKey: string,
): Promise<ActionResult<BasketPaymentResult>> {
  return runAction(async () => {
    const caller = await requireActionCaller();
    const input = validate(payBasketSchema, { reservationIds });
    const key = validate(idempotencyKeySchema, idempotencyKey, "Idempotency-Key");
    const token = await actionQueueToken(caller.id, validate(idSchema, concertId, "concert id"));
    const result = await payBasket({ userId: caller.id, reservationIds: input.reservationIds, token, idempotencyKey: key });
    return result.body;
  });
}
