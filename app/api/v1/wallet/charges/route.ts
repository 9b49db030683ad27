import { requireCaller } from "@/lib/auth/session";
import { readJson } from "@/lib/http/body";
import { idempotencyKeyOf } from "@/lib/http/idempotency-key";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { parseCharge } from "@/lib/wallet/parse-charge";
import { chargeWallet } from "@/lib/wallet/charge-wallet";

export const POST = route(async (req) => {
  const caller = await requireCaller(req);
  const key = idempotencyKeyOf(req);
  const { amount } = parseCharge(await readJson(req));
  const result = await chargeWallet(caller.id, amount, key);
  return json(result.body, result.status);
});
