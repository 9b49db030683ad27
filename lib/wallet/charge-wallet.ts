import "server-only";
import { env } from "../env";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { idempotent, type IdempotentResult } from "../idempotency/idempotent";
import { MAX_BALANCE, type ChargeResult } from "../validations/wallet";
import { moveBalance } from "./ledger";

/**
 * Tops up a wallet. With an Idempotency-Key the same request charges once and
 * replays the first response; the amount has been validated by chargeSchema.
 */
export async function chargeWallet(userId: string, amount: number, idempotencyKey?: string): Promise<IdempotentResult<ChargeResult>> {
  await consumeRateLimit({ name: "wallet.charge", max: env.RATE_LIMIT_CHARGES_PER_MINUTE, windowSeconds: 60 }, userId);
  return idempotent({ userId, scope: "wallet.charge", key: idempotencyKey, request: { amount } }, async (tx) => {
    const { balance, transaction } = await moveBalance(tx, { userId, delta: amount, type: "CHARGE", max: MAX_BALANCE });
    const { reservationId: _unused, ...rest } = transaction;
    return { status: 201, body: { balance, transaction: { ...rest, createdAt: rest.createdAt.toISOString() } } };
  });
}
