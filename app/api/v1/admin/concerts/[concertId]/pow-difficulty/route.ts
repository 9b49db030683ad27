import { setPowDifficulty } from "@/lib/admin/set-pow-difficulty";
import { requireAdmin } from "@/lib/auth/session";
import { readBody } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { powDifficulty } from "@/lib/queue/pow-difficulty";
import { powDifficultyInputSchema } from "@/lib/validations/queue-pow";

export const GET = route<{ concertId: string }>(async (req, { concertId }) => {
  await requireAdmin(req);
  return json(await powDifficulty(concertId));
});

export const POST = route<{ concertId: string }>(async (req, { concertId }) => {
  const caller = await requireAdmin(req);
  const { difficulty, reason } = await readBody(req, powDifficultyInputSchema);
  return json(await setPowDifficulty(caller.id, concertId, difficulty, reason));
});
