import { getMe } from "@/lib/accounts/get-me";
import { requireCaller } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  return json(await getMe(caller.id));
});
