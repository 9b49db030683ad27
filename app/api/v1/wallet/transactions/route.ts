import { requireCaller } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { cursorQuerySchema } from "@/lib/validations/common";
import { listTransactions } from "@/lib/wallet/list-transactions";

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  const query = readQuery(req, cursorQuerySchema);
  return json(await listTransactions(caller.id, query));
});
