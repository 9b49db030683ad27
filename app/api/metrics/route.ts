import { connection } from "next/server";
import { route } from "@/lib/http/route";
import { authorizeScrape } from "@/lib/metrics/authorize-scrape";
import { refreshDatabaseMetrics } from "@/lib/metrics/database-metrics";
import { registry } from "@/lib/metrics/registry";

/** Prometheus scrape (text exposition format), behind METRICS_TOKEN. */
export const GET = route(async (req) => {
  await connection();
  authorizeScrape(req.headers.get("authorization"));
  await refreshDatabaseMetrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
});
