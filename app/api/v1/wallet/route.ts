import { requireCaller } from "@/lib/auth/session";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getWallet } from "@/lib/wallet/get-wallet";

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  return json(await getWallet(caller.id));
});
