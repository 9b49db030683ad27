import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { validate } from "@/lib/http/body";
import { eventStream } from "@/lib/http/event-stream";
import { route } from "@/lib/http/route";
import { getQueueStatus } from "@/lib/queue/get-queue-status";
import { feedSubscribers, followLine } from "@/lib/queue/status-feed";
import { idSchema } from "@/lib/validations/common";

/** A dropped stream is retried after this long (the page polls meanwhile). */
const RETRY_MS = 3_000;

export const GET = route<{ concertId: string }>(async (req, { concertId }) => {
  const id = validate(idSchema, concertId);
  // Each open stream holds a socket on this instance: past the cap, fans poll the cacheable counter instead.
  if (feedSubscribers() >= env.QUEUE_STREAMS_PER_INSTANCE)
    throw new AppError("SERVICE_BUSY", "Too many live streams on this server; poll the status instead.", {
      headers: { "Retry-After": "30" },
    });
  const first = JSON.stringify(await getQueueStatus(id));
  return eventStream({ event: "status", first, follow: (send) => followLine(id, send), retryMs: RETRY_MS, signal: req.signal });
});
