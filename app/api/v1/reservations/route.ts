import { requireCaller } from "@/lib/auth/session";
import { concertOfSeat } from "@/lib/catalogue/concert-of";
import { holdSeat } from "@/lib/holds/hold-seat";
import { readBody, readQuery } from "@/lib/http/body";
import { requestQueueToken } from "@/lib/http/queue-token";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listReservations } from "@/lib/reservations/list-reservations";
import { holdSeatSchema, reservationListQuerySchema } from "@/lib/validations/reservations";

export const POST = route(async (req) => {
  const caller = await requireCaller(req);
  const { seatId } = await readBody(req, holdSeatSchema);
  const token = await requestQueueToken(req, () => concertOfSeat(seatId));
  return json(await holdSeat(caller.id, seatId, token), 201);
});

export const GET = route(async (req) => {
  const caller = await requireCaller(req);
  return json(await listReservations(caller.id, readQuery(req, reservationListQuerySchema)));
});
