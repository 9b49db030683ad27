import { requireCaller } from "@/lib/auth/session";
import { concertOfSchedule } from "@/lib/catalogue/concert-of";
import { getSeatMap } from "@/lib/holds/get-seat-map";
import { requestQueueToken } from "@/lib/http/queue-token";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ scheduleId: string }>(async (req, { scheduleId }) => {
  const caller = await requireCaller(req);
  const token = await requestQueueToken(req, () => concertOfSchedule(scheduleId));
  return json(await getSeatMap(caller.id, scheduleId, token));
});
