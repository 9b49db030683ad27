import { requireCaller } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getPayment } from "@/lib/payments/get-payment";

export const GET = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  return json(await getPayment(caller.id, id));
});
