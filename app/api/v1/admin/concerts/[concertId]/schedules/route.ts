import { addSchedule } from "@/lib/admin/add-schedule";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { scheduleInputSchema } from "@/lib/validations/catalogue-admin";

export const POST = route<{ concertId: string }>(async (req, { concertId }) => {
  const caller = await requireAdmin(req);
  const input = await readBody(req, scheduleInputSchema);
  return json(await addSchedule(caller.id, concertId, input), 201);
});
