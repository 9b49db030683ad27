import { requireCaller } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { issueChallenge } from "@/lib/queue/issue-challenge";
import { challengeQuerySchema } from "@/lib/validations/queue-pow";

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  const { concertId } = readQuery(req, challengeQuerySchema);
  return json(await issueChallenge(caller.id, concertId));
});
