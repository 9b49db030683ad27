import { requireCaller } from "@/lib/auth/session";
import { quoteCancellation } from "@/lib/cancellation/quote-cancellation";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  return json(await quoteCancellation(caller.id, id));
});
