import { validate } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getQueueStatus, STATUS_CACHE_CONTROL } from "@/lib/queue/get-queue-status";
import { idSchema } from "@/lib/validations/common";

export const GET = route<{ concertId: string }>(async (_req, { concertId }) => {
  const id = validate(idSchema, concertId);
  return json(await getQueueStatus(id), 200, { "cache-control": STATUS_CACHE_CONTROL });
});
