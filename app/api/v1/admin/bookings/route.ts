import { listBookings } from "@/lib/admin/list-bookings";
import { requireAdmin } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { bookingsQuerySchema } from "@/lib/validations/admin";

export const GET = route(async (req) => {
  await requireAdmin(req);
  const { cursor, limit, sort, ...filter } = readQuery(req, bookingsQuerySchema);
  return json(await listBookings(filter, { cursor, limit, sort }));
});
