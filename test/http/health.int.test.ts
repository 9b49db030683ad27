/** Liveness and readiness over HTTP, including an unreachable database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "@/test/support/client";
import { startServer, type AppServer } from "@/test/support/server";

let healthy: AppServer;
let broken: AppServer;
beforeAll(async () => {
  [healthy, broken] = await Promise.all([
    startServer(),
    // Nothing listens on port 1: the database is unreachable from the start.
    startServer({ databaseUrl: "postgresql://postgres@127.0.0.1:1/unreachable" }),
  ]);
});
afterAll(async () => {
  await healthy.stop();
  await broken.stop();
});

describe("health", () => {
  it("is live and ready when the database answers", async () => {
    const api = new ApiClient(healthy.url);
    const live = await api.get("/api/health/live");
    expect([live.status, live.json]).toEqual([200, { status: "ok" }]);
    const ready = await api.get("/api/health");
    expect([ready.status, ready.json]).toEqual([200, { status: "ok", db: "ok" }]);
  });

  it("is live but not ready (503) when the database is unreachable", async () => {
    const api = new ApiClient(broken.url);
    expect((await api.get("/api/health/live")).status).toBe(200);
    const ready = await api.get("/api/health");
    expect(ready.status).toBe(503);
    expect(ready.json.db).not.toBe("ok");
  });

  it("answers 503 SERVICE_BUSY with Retry-After, not a crash, for API calls while the database is down", async () => {
    const res = await new ApiClient(broken.url).get("/api/v1/concerts");
    expect([res.status, res.json.code]).toEqual([503, "SERVICE_BUSY"]);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.text).not.toMatch(/127\.0\.0\.1:1|ECONNREFUSED|prisma/i);
  });
});
