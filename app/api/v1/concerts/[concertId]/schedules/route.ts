import { listSchedules } from "@/lib/catalogue/list-schedules";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ concertId: string }>(async (_req, { concertId }) =>
  json({ items: await listSchedules(concertId), nextCursor: null }),
);
