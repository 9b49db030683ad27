import { requireCaller } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { admitJoin } from "@/lib/queue/admit-join";
import { issueToken } from "@/lib/queue/issue-token";
import { issueTokenSchema } from "@/lib/validations/queue";

export const POST = route(async (req) => {
  const caller = await requireCaller(req);
  const { concertId } = await readBody(req, issueTokenSchema);
  await admitJoin(caller.id);
  const { created, view } = await issueToken(caller.id, concertId);
  return json(view, created ? 201 : 200);
});
