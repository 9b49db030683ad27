import { getQueueMonitor } from "@/lib/admin/get-queue-monitor";
import { requireAdmin } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route(async (req) => {
  await requireAdmin(req);
  return json(await getQueueMonitor());
});
