import { createConcert } from "@/lib/admin/create-concert";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { concertInputSchema } from "@/lib/validations/catalogue-admin";

export const POST = route(async (req) => {
  const caller = await requireAdmin(req);
  const input = await readBody(req, concertInputSchema);
  return json(await createConcert(caller.id, input), 201);
});
