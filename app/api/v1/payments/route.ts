import { requireCaller } from "@/lib/auth/session";
import { concertOfReservation } from "@/lib/catalogue/concert-of";
import { readJson, readQuery, validate } from "@/lib/http/body";
import { idempotencyKeyOf } from "@/lib/http/idempotency-key";
import { requestQueueToken } from "@/lib/http/queue-token";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listPayments } from "@/lib/payments/list-payments";
import { payBasket } from "@/lib/payments/pay-basket";
import { payReservation } from "@/lib/payments/pay-reservation";
import { cursorQuerySchema } from "@/lib/validations/common";
import { payRequestSchemaFor } from "@/lib/validations/payments";

export const POST = route(async (req) => {
  const caller = await requireCaller(req);
  const idempotencyKey = idempotencyKeyOf(req);
  const raw = await readJson(req);
  const body = validate(payRequestSchemaFor(raw), raw, "body");
  // One payment is one date's seats, so its first reservation names the concert.
  const first = "reservationIds" in body ? body.reservationIds[0]! : body.reservationId;
  const token = await requestQueueToken(req, () => concertOfReservation(caller.id, first));
  const common = { userId: caller.id, token, idempotencyKey };
  const result =
    "reservationIds" in body
      ? await payBasket({ ...common, reservationIds: body.reservationIds })
      : await payReservation({ ...common, reservationId: body.reservationId });
  return json(result.body, result.status);
});

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  return json(await listPayments(caller.id, readQuery(req, cursorQuerySchema)));
});
