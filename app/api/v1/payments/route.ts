import { requireCaller } from "@/lib/auth/session";
import { readBody, readQuery } from "@/lib/http/body";
import { idempotencyKeyOf } from "@/lib/http/idempotency-key";
import { queueTokenSource } from "@/lib/http/queue-token";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listPayments } from "@/lib/payments/list-payments";
import { payReservation } from "@/lib/payments/pay-reservation";
import { cursorQuerySchema } from "@/lib/validations/common";
import { payReservationSchema } from "@/lib/validations/payments";

export const POST = route(async (req) => {
  const caller = await requireCaller(req);
  const idempotencyKey = idempotencyKeyOf(req);
  const { reservationId } = await readBody(req, payReservationSchema);
  const result = await payReservation({ userId: caller.id, reservationId, tokens: queueTokenSource(req), idempotencyKey });
  return json(result.body, result.status);
});

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  return json(await listPayments(caller.id, readQuery(req, cursorQuerySchema)));
});
