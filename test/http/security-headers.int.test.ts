/**
 * Security headers on every kind of response of the production build, over
 * plain HTTP (issue 14 point 5): pages carry a nonce CSP whose nonce is on
 * every script Next renders (and changes per request), the API a deny-all
 * CSP; none can be framed; HSTS only when the request came over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let api: ApiClient;
beforeAll(async () => {
  server = await startServer();
  api = new ApiClient(server.url);
});
afterAll(async () => {
  await server.stop();
});

function expectCommon(res: ApiResponse) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toContain("camera=()");
  expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(res.headers.get("strict-transport-security")).toBeNull();
}

describe("security headers", () => {
  it.each(["/", "/signin", "/concerts/no-such-concert", "/admin", "/concerts/%ZZ"])("page %s", async (path) => {
    const res = await api.get(path, { accept: "text/html" });
    expectCommon(res);
  });

  it("only the staff check-in scanner may use the camera, on our own origin", async () => {
    const gate = await api.get("/admin/check-in", { accept: "text/html" });
    expect(gate.headers.get("permissions-policy")).toContain("camera=(self)");
    expect(gate.headers.get("permissions-policy")).toContain("microphone=()");
    expect((await api.get("/admin/check-in/x", { accept: "text/html" })).headers.get("permissions-policy")).toContain("camera=()");
  });

  it("pages: a fresh nonce per request, on every script, and no 'unsafe-inline' for scripts", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const res = await api.get("/", { accept: "text/html" });
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).not.toContain("unsafe-inline");
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      const scripts = [...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  it.each(["/api/v1/concerts", "/api/health/live", "/api/v1/me", "/api/v1/nowhere", "/api/v1/concerts/%ZZ"])("API %s", async (path) => {
    const res = await api.get(path);
    expectCommon(res);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("HSTS when the request came over HTTPS (through a TLS-terminating proxy)", async () => {
    const res = await api.get("/api/v1/concerts", { "x-forwarded-proto": "https" });
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    const page = await api.get("/", { accept: "text/html", "x-forwarded-proto": "https" });
    expect(page.headers.get("strict-transport-security")).toContain("max-age=");
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
