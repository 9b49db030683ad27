import { getOccupancy } from "@/lib/admin/get-occupancy";
import { requireAdmin } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ scheduleId: string }>(async (req, { scheduleId }) => {
  await requireAdmin(req);
  return json(await getOccupancy(scheduleId));
});
