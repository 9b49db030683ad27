import { getRevenue } from "@/lib/admin/get-revenue";
import { requireAdmin } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { concertQuerySchema } from "@/lib/validations/admin";

export const GET = route(async (req) => {
  await requireAdmin(req);
  const { concertId } = readQuery(req, concertQuerySchema);
  return json(await getRevenue(concertId));
});
