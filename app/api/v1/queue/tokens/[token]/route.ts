import { requireCaller } from "@/lib/auth/session";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getToken } from "@/lib/queue/get-token";
import { leaveQueue } from "@/lib/queue/leave-queue";

export const GET = route<{ token: string }>(async (req, { token }) => {
  const caller = await requireCaller(req);
  return json(await getToken(caller.id, token));
});

export const DELETE = route<{ token: string }>(async (req, { token }) => {
  const caller = await requireCaller(req);
  await leaveQueue(caller.id, token);
  return noContent();
});
