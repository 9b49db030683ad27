import { requireCaller } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getTicket } from "@/lib/tickets/get-ticket";

export const GET = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  return json(await getTicket(caller.id, id));
});
