/**
 * What reaches the app at the HTTP layer's edges (issue 14, minor): a method
 * an API route does not answer is a problem+json 405 with Allow (Next alone
 * answers an empty 405), for every route in lib/http/edge/api-methods.ts;
 * headers past Node's 16 KB limit are answered by Node itself with a bare 431
 * before Next sees the request (no hook for a body), and the server carries on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_METHODS, methodNotAllowed } from "@/lib/http/edge/api-methods";
import { ApiClient } from "@/test/support/client";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let client: ApiClient;

beforeAll(async () => {
  server = await startServer();
  client = new ApiClient(server.url);
});
afterAll(async () => {
  await server.stop();
});

const OTHER_METHODS = ["PUT", "PATCH", "DELETE", "POST", "GET"] as const;
const cases = Object.entries(API_METHODS).map(([route, methods]) => {
  const method = OTHER_METHODS.find((m) => !methods.includes(m))!;
  return { route, path: route.replace(/\[\.\.\.[^\]]+\]/g, "a/b").replace(/\[[^\]]+\]/g, "some-id"), method };
});

describe("a method the API route does not answer", () => {
  it.each(cases)("$method $route → 405 problem+json METHOD_NOT_ALLOWED with Allow", async ({ path, method }) => {
    const res = await client.request(method, path, method === "GET" ? {} : { json: {} });
    expect(res.status, res.text.slice(0, 200)).toBe(405);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
    expect(res.headers.get("allow")).toBe(methodNotAllowed(path, method));
  });

  it("leaves the methods it answers alone, OPTIONS and HEAD included, and unknown paths to the 404", async () => {
    expect((await client.get("/api/v1/concerts")).status).toBe(200);
    expect((await client.request("HEAD", "/api/v1/concerts")).status).toBe(200);
    expect((await client.request("OPTIONS", "/api/v1/concerts")).status).toBeLessThan(300);
    const unknown = await client.request("PUT", "/api/v1/no-such-endpoint", { json: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe("NOT_FOUND");
  });
});

describe("oversized headers", () => {
  it("past 16 KB: Node's own 431, and the next request is served as usual", async () => {
    const res = await fetch(`${server.url}/api/v1/concerts`, { headers: { "x-padding": "a".repeat(20_000) } });
    expect(res.status).toBe(431);
    await res.arrayBuffer();
    expect((await client.get("/api/health/live")).status).toBe(200);
  });

  it("just under the limit: a junk header or a junk cookie is ignored, never a 5xx", async () => {
    const junk = "a".repeat(12_000);
    expect((await client.get("/api/v1/concerts", { "x-padding": junk })).status).toBe(200);
    const me = await client.get("/api/v1/me", { cookie: `next-auth.session-token=${junk}` });
    expect(me.status).toBe(401);
    expect(me.json.code).toBe("UNAUTHENTICATED");
  });
});
