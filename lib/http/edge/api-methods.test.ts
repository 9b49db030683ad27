import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_METHODS, allowedMethods, apiRoute, methodNotAllowed } from "./api-methods";

const APP = path.resolve(import.meta.dirname, "../../../app");
const EXPORTED = /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|\bas (GET|POST|PUT|PATCH|DELETE)\b/g;

/** Every app/api route.ts (but the /api catch-all) with the methods it exports. */
function routesOnDisk(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const files = readdirSync(path.join(APP, "api"), { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts");
  for (const file of files) {
    const route = `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\/\.$/, "");
    if (route === "/api/[...path]") continue;
    const source = readFileSync(path.join(APP, "api", file), "utf8");
    out[route] = [...source.matchAll(EXPORTED)].map((m) => m[1] ?? m[2]!).sort();
  }
  return out;
}

describe("API_METHODS", () => {
  it("lists every API route with exactly the methods its route.ts exports", () => {
    const table = Object.fromEntries(Object.entries(API_METHODS).map(([r, m]) => [r, [...m].sort()]));
    expect(table).toEqual(routesOnDisk());
  });

  it("matches paths to their route, a static segment before a [param]", () => {
    expect(allowedMethods("/api/v1/concerts")).toEqual(["GET"]);
    expect(allowedMethods("/api/v1/reservations/abc")).toEqual(["GET", "DELETE"]);
    expect(allowedMethods("/api/v1/reservations/abc/cancel")).toEqual(["POST"]);
    expect(allowedMethods("/api/v1/admin/bookings/export")).toEqual(["GET"]);
    expect(allowedMethods("/api/auth/callback/credentials")).toEqual(["GET", "POST"]);
    expect(allowedMethods("/api/v1/nothing-here")).toBeNull();
  });

  it("names a path's route by its pattern, as route() labels it in logs and metrics", () => {
    expect(apiRoute("/api/v1/concerts")).toBe("/api/v1/concerts");
    expect(apiRoute("/api/v1/reservations/abc/cancel")).toBe("/api/v1/reservations/[id]/cancel");
    expect(apiRoute("/api/v1/admin/bookings/export")).toBe("/api/v1/admin/bookings/export");
    expect(apiRoute("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(apiRoute("/api/v1/nothing-here")).toBeNull();
  });

  it("refuses only a method the route does not answer, and says which it does", () => {
    expect(methodNotAllowed("/api/v1/concerts", "DELETE")).toBe("GET, HEAD, OPTIONS");
    expect(methodNotAllowed("/api/v1/queue/tokens", "GET")).toBe("POST, OPTIONS");
    expect(methodNotAllowed("/api/v1/concerts", "GET")).toBeNull();
    expect(methodNotAllowed("/api/v1/concerts", "HEAD")).toBeNull();
    expect(methodNotAllowed("/api/v1/queue/tokens", "OPTIONS")).toBeNull();
    expect(methodNotAllowed("/api/v1/nothing-here", "PUT")).toBeNull();
  });
});
