import { listAuditLog } from "@/lib/admin/list-audit-log";
import { requireAdmin } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { cursorQuerySchema } from "@/lib/validations/common";

export const GET = route(async (req) => {
  await requireAdmin(req);
  return json(await listAuditLog(readQuery(req, cursorQuerySchema)));
});
