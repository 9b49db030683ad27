import { requireCaller } from "@/lib/auth/session";
import { getSeatMap } from "@/lib/holds/get-seat-map";
import { queueTokenSource } from "@/lib/http/queue-token";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ scheduleId: string }>(async (req, { scheduleId }) => {
  const caller = await requireCaller(req);
  return json(await getSeatMap(caller.id, scheduleId, queueTokenSource(req)));
});
