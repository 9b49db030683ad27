import { requireCaller } from "@/lib/auth/session";
import { concertOfReservation } from "@/lib/catalogue/concert-of";
import { releaseHold } from "@/lib/holds/release-hold";
import { requestQueueToken } from "@/lib/http/queue-token";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getReservation } from "@/lib/reservations/get-reservation";

export const GET = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  return json(await getReservation(caller.id, id));
});

export const DELETE = route<{ id: string }>(async (req, { id }) => {
  const caller = await requireCaller(req);
  await releaseHold(caller.id, id, await requestQueueToken(req, () => concertOfReservation(caller.id, id)));
  return noContent();
});
