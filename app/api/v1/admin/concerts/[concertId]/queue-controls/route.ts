import { getQueueControls } from "@/lib/admin/get-queue-controls";
import { setQueueControls } from "@/lib/admin/set-queue-controls";
import { requireAdmin } from "@/lib/auth/session";
import { readBody, validate } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { idSchema } from "@/lib/validations/common";
import { queueControlsInputSchema } from "@/lib/validations/queue-controls";

export const GET = route<{ concertId: string }>(async (req, { concertId }) => {
  await requireAdmin(req);
  return json(await getQueueControls(validate(idSchema, concertId)));
});

export const POST = route<{ concertId: string }>(async (req, { concertId }) => {
  const caller = await requireAdmin(req);
  const input = await readBody(req, queueControlsInputSchema);
  return json(await setQueueControls(caller.id, validate(idSchema, concertId), input));
});
