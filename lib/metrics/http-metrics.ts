/**
 * Per-request metrics, recorded by `route()` (lib/http/route.ts) for every
 * API request: rate and latency per route pattern, and 4xx/5xx by contract
 * code. Labels are route patterns, methods, statuses and codes only (bounded).
 */
import { Counter, Histogram } from "prom-client";
import { metric, registry } from "./registry";

const requests = metric(
  "stagepass_http_requests_total",
  () =>
    new Counter({
      name: "stagepass_http_requests_total",
      help: "API requests answered by this instance, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
);

const duration = metric(
  "stagepass_http_request_duration_seconds",
  () =>
    new Histogram({
      name: "stagepass_http_request_duration_seconds",
      help: "Time from the handler's start to its response, by route pattern and method.",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
);

const errors = metric(
  "stagepass_http_errors_total",
  () =>
    new Counter({
      name: "stagepass_http_errors_total",
      help: "4xx and 5xx answers of this instance by route pattern, status and contract error code.",
      labelNames: ["route", "status", "code"] as const,
      registers: [registry],
    }),
);

export function observeRequest(r: { route: string; method: string; status: number; code?: string; seconds: number }): void {
  const status = String(r.status);
  requests.inc({ route: r.route, method: r.method, status });
  duration.observe({ route: r.route, method: r.method }, r.seconds);
  if (r.status >= 400) errors.inc({ route: r.route, status, code: r.code ?? "NONE" });
}
