import "server-only";
import type { IdempotentResult } from "../idempotency/idempotent";
import type { PaymentResult } from "../validations/payments";
import { payBasket } from "./pay-basket";

interface PayInput {
  userId: string;
  reservationId: string;
  token: string | undefined;
  idempotencyKey?: string;
}

/**
 * Pays for one held seat (contract v1's `{ reservationId }`): a basket of
 * one, answered in v1's shape. In one transaction the balance drops by the
 * price, the seat is SOLD, the reservation CONFIRMED, a PAYMENT ledger row
 * and a payment record are written, and the fan's queue token expires.
 * Paid before the hold's deadline → CONFIRMED; after → 410 and no money
 * moves. A double click pays once.
 */
export async function payReservation(input: PayInput): Promise<IdempotentResult<PaymentResult>> {
  const { reservationId } = input;
  return payBasket(
    { ...input, reservationIds: [reservationId] },
    {
      // The key's request stays v1's, so a retry of a payment made before baskets existed still replays.
      request: { reservationId },
      respond: (r) => ({ id: r.id, reservationId: r.reservationId, amount: r.amount, paidAt: r.paidAt, balance: r.balance }),
    },
  );
}
