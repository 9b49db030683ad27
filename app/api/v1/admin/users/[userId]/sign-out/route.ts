import { signOutFan } from "@/lib/admin/sign-out-fan";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { staffActionSchema } from "@/lib/validations/admin";

export const POST = route<{ userId: string }>(async (req, { userId }) => {
  const caller = await requireAdmin(req);
  const { reason } = await readBody(req, staffActionSchema);
  return json(await signOutFan(caller.id, userId, reason));
});
