import { refundBooking } from "@/lib/admin/refund-booking";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { staffActionSchema } from "@/lib/validations/admin";

export const POST = route<{ reservationId: string }>(async (req, { reservationId }) => {
  const caller = await requireAdmin(req);
  const { reason } = await readBody(req, staffActionSchema);
  return json(await refundBooking(caller.id, reservationId, reason));
});
