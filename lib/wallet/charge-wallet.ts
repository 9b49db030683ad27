import "server-only";
import { consumeRateLimit, refundRateLimit } from "../rate-limit/limiter";
import { LIMITS } from "../rate-limit/limits";
import { idempotent, type IdempotentResult } from "../idempotency/idempotent";
import { MAX_BALANCE, type ChargeResult } from "../validations/wallet";
import { moveBalance } from "./ledger";

/**
 * Tops up a wallet. With an Idempotency-Key the same request charges once and
 * replays the first response; the amount has been validated by chargeSchema.
 * Each top-up counts against RATE_LIMIT_CHARGES_PER_MINUTE; a replay does not.
 */
export async function chargeWallet(userId: string, amount: number, idempotencyKey?: string): Promise<IdempotentResult<ChargeResult>> {
  let counted = false;
  const result = await idempotent(
    { userId, scope: "wallet.charge", key: idempotencyKey, request: { amount } },
    async (tx) => {
      const { balance, transaction } = await moveBalance(tx, { userId, delta: amount, type: "CHARGE", max: MAX_BALANCE });
      const { reservationId: _unused, ...rest } = transaction;
      return { status: 201, body: { balance, transaction: { ...rest, createdAt: rest.createdAt.toISOString() } } };
    },
    async () => {
      await consumeRateLimit(LIMITS.walletCharges, userId);
      counted = true;
    },
  );
  // A parallel duplicate was counted before it lost the key to the first request: give its point back.
  // (Until then it counts, so duplicates racing at the very end of the budget may be refused with 429.)
  if (result.replayed && counted) await refundRateLimit(LIMITS.walletCharges, userId);
  return result;
}
