/**
 * The one log line and the metrics (lib/metrics/http-metrics.ts) of an API
 * request: written by `route()` for every handler, and by the edge
 * (proxy.ts) for the answers it gives itself (a 405), so no API answer goes
 * unlogged or uncounted. Call it inside `withRequestId` so the line carries
 * the request's id.
 */
import { logger } from "../log/logger";
import { observeRequest } from "../metrics/http-metrics";

export interface AnsweredRequest {
  /** The route pattern (`/api/v1/concerts/[concertId]`), never the raw path: ids are not labels. */
  route: string;
  method: string;
  status: number;
  /** The problem's contract code, when the answer is one. */
  code?: string;
  seconds: number;
}

export function recordRequest(r: AnsweredRequest): void {
  observeRequest(r);
  logger.info(
    {
      route: r.route,
      method: r.method,
      status: r.status,
      durationMs: Math.round(r.seconds * 10_000) / 10,
      ...(r.code ? { code: r.code } : {}),
    },
    "request",
  );
}
