import { requireCaller } from "@/lib/auth/session";
import { cancelBooking } from "@/lib/cancellation/cancel-booking";
import { idempotencyKeyOf } from "@/lib/http/idempotency-key";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const POST = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  const result = await cancelBooking({ userId: caller.id, reservationId: id, idempotencyKey: idempotencyKeyOf(req) });
  return json(result.body, result.status);
});
