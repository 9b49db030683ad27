"use server";

import { requireActionCaller } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { idempotencyKeySchema } from "@/lib/validations/common";
import type { ChargeResult } from "@/lib/validations/wallet";
import { chargeWallet } from "@/lib/wallet/charge-wallet";
import { parseCharge } from "@/lib/wallet/parse-charge";

/**
 * Tops up the caller's wallet: the same validation (chargeSchema) and domain
 * function as POST /api/v1/wallet/charges; the key makes a double submit charge once.
 */
export async function chargeWalletAction(input: { amount: unknown }, idempotencyKey: string): Promise<ActionResult<ChargeResult>> {
  return runAction(async () => {
    const caller = await requireActionCaller();
    const key = validate(idempotencyKeySchema, idempotencyKey, "Idempotency-Key");
    const { amount } = parseCharge(input);
    return (await chargeWallet(caller.id, amount, key)).body;
  });
}
