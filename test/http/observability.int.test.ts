/**
 * Logs and metrics over HTTP (issue 14, "see it while it happens"): one JSON
 * log line per API request with its request id (a client's X-Request-Id kept
 * and echoed), route pattern, status, duration and problem code, and no
 * personal data; GET /api/metrics behind METRICS_TOKEN (404 when unset) with
 * request counts, latency histograms, errors by code and the queue, holds
 * and payments read from the database. The edge's own answers (a 405) are
 * logged and counted the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { joinQueue, makeFan } from "@/test/support/booking";
import { ApiClient } from "@/test/support/client";
import { makeSchedule } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServers, type AppServer } from "@/test/support/server";

const TOKEN = "metrics-token-for-tests-0123";
let server: AppServer;
let dark: AppServer;
beforeAll(async () => {
  [server, dark] = (await startServers([{ METRICS_TOKEN: TOKEN }, {}])) as [AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([server.stop(), dark.stop()]);
});

function logLines(s: AppServer): Record<string, unknown>[] {
  return s
    .logs()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const scrape = (s: AppServer, authorization?: string) => new ApiClient(s.url).get("/api/metrics", authorization ? { authorization } : {});

describe("structured logs", () => {
  it("one JSON line per request with the client's request id, route pattern, status, duration and code", async () => {
    const api = new ApiClient(server.url);
    const res = await api.get("/api/v1/concerts/no-such-concert", { "x-request-id": "trace-abc-12345678" });
    expect([res.status, res.headers.get("x-request-id")]).toEqual([404, "trace-abc-12345678"]);
    const line = logLines(server).find((l) => l.requestId === "trace-abc-12345678" && l.msg === "request");
    expect(line).toMatchObject({ level: "info", route: "/api/v1/concerts/[concertId]", method: "GET", status: 404, code: "NOT_FOUND" });
    expect(typeof line?.durationMs).toBe("number");
    // Without one (or with a malformed one) the edge makes one up and returns it.
    const fresh = await api.get("/api/v1/concerts", { "x-request-id": "bad id!" });
    const id = fresh.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logLines(server).find((l) => l.requestId === id)).toMatchObject({ route: "/api/v1/concerts", status: 200 });
  });

  it("never logs e-mail addresses, passwords or cookies", async () => {
    const fan = new ApiClient(server.url);
    const email = `private-${Date.now()}@example.org`;
    await fan.signUp({ email, password: "secret-pass-123", name: "Private Person" });
    await fan.post("/api/v1/users", { email, password: "secret-pass-123", name: "Private Person" }); // 409 EMAIL_TAKEN
    await fan.get("/api/v1/me");
    const text = server.logs();
    expect(logLines(server).some((l) => l.code === "EMAIL_TAKEN")).toBe(true);
    expect(text).not.toContain(email);
    expect(text).not.toContain("secret-pass-123");
    expect(text).not.toContain("Private Person");
    expect(text).not.toContain(fan.cookies.get("next-auth.session-token")!.slice(0, 40));
  });
});

describe("GET /api/metrics", () => {
  it("is 404 when METRICS_TOKEN is unset, 401 without the right bearer token", async () => {
    expect([(await scrape(dark, `Bearer ${TOKEN}`)).status, (await scrape(dark)).json.code]).toEqual([404, "NOT_FOUND"]);
    const none = await scrape(server);
    expect([none.status, none.json.code, none.headers.get("www-authenticate")]).toEqual([401, "UNAUTHENTICATED", 'Bearer realm="metrics"']);
    expect((await scrape(server, "Bearer wrong-token-0123456789")).status).toBe(401);
  });

  it("counts requests per route and errors by code, and reads the queue, holds and payments from the database", async () => {
    const { concertId, scheduleId, seatIds } = await makeSchedule(getDb(), { seats: 4 });
    const buyer = await makeFan(getDb(), server.url, { balance: 1_000_000 });
    await buyAs(buyer.id, concertId, seatIds[0]!);
    const holder = await makeFan(getDb(), server.url);
    const token = await joinQueue(holder.client, concertId);
    expect((await holder.client.post("/api/v1/reservations", { seatId: seatIds[1] }, { "X-Queue-Token": token })).status).toBe(201);
    await holder.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": token });
    await new ApiClient(server.url).get("/api/v1/me"); // 401

    const res = await scrape(server, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = res.text;
    expect(text).toContain('stagepass_http_requests_total{route="/api/v1/reservations",method="POST",status="201"} 1');
    expect(text).toContain('stagepass_http_requests_total{route="/api/v1/schedules/[scheduleId]/seats",method="GET",status="200"} 1');
    expect(text).toMatch(/stagepass_http_request_duration_seconds_bucket\{le="\+Inf",route="\/api\/v1\/reservations",method="POST"\} 1/);
    expect(text).toContain('stagepass_http_errors_total{route="/api/v1/me",status="401",code="UNAUTHENTICATED"} 1');
    // The buyer's token ended with the payment; the holder's is ACTIVE.
    expect(text).toContain(`stagepass_queue_active{concert="${concertId}"} 1`);
    expect(text).toContain(`stagepass_queue_admissions{concert="${concertId}"} 2`);
    expect(text).toContain(`stagepass_holds_active{concert="${concertId}"} 1`);
    expect(text).toContain('stagepass_payments{state="made"} 1');
    expect(text).toMatch(/stagepass_db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/stagepass_db_pool_waiting \d+/);
  });

  it("logs and counts the edge's own 405 (no handler runs) like a handler's answer", async () => {
    const res = await new ApiClient(server.url).delete("/api/v1/concerts/some-concert", { "x-request-id": "trace-405-12345678" });
    expect([res.status, res.json.code]).toEqual([405, "METHOD_NOT_ALLOWED"]);
    const line = logLines(server).find((l) => l.requestId === "trace-405-12345678");
    expect(line).toMatchObject({ level: "info", msg: "request", route: "/api/v1/concerts/[concertId]", method: "DELETE", status: 405 });
    expect(line).toMatchObject({ code: "METHOD_NOT_ALLOWED" });
    expect(typeof line?.durationMs).toBe("number");
    const text = (await scrape(server, `Bearer ${TOKEN}`)).text;
    expect(text).toContain('stagepass_http_requests_total{route="/api/v1/concerts/[concertId]",method="DELETE",status="405"} 1');
    expect(text).toContain('stagepass_http_errors_total{route="/api/v1/concerts/[concertId]",status="405",code="METHOD_NOT_ALLOWED"} 1');
  });
});
