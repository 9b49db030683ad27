import { requireAdmin } from "@/lib/auth/session";
import { readBody, readQuery } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { checkIn } from "@/lib/tickets/check-in";
import { getArrivals } from "@/lib/tickets/get-arrivals";
import { arrivalsQuerySchema, checkInInputSchema } from "@/lib/validations/tickets";

/** 201 when this scan admitted the ticket; 200 for every other verdict on a genuine code (nothing written). */
export const POST = route(async (req) => {
  const caller = await requireAdmin(req);
  const result = await checkIn(caller.id, await readBody(req, checkInInputSchema));
  return json(result, result.outcome === "ADMITTED" ? 201 : 200);
});

export const GET = route(async (req) => {
  await requireAdmin(req);
  return json(await getArrivals(readQuery(req, arrivalsQuerySchema).concertId));
});
