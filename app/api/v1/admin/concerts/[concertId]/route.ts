import { updateConcert } from "@/lib/admin/update-concert";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { concertPatchSchema } from "@/lib/validations/catalogue-admin";

export const PATCH = route<{ concertId: string }>(async (req, { concertId }) => {
  const caller = await requireAdmin(req);
  const patch = await readBody(req, concertPatchSchema);
  return json(await updateConcert(caller.id, concertId, patch));
});
