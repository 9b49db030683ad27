/** The served OpenAPI document describes the whole contract, with every error code. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ERROR_CODES } from "@/lib/errors";
import { ApiClient } from "@/test/support/client";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** Every "`METHOD /api/...`" the contract names, as "method /api/..." (next-auth's own routes aside). */
function contractOperations(): string[] {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../docs/api.md"), "utf8");
  const ops = [...text.matchAll(/`(GET|POST|PATCH|DELETE) (\/api\/[^`?\s]+)/g)].map((m) => `${m[1]!.toLowerCase()} ${m[2]}`);
  return [...new Set(ops)].filter((op) => !op.includes("/api/auth/"));
}

it("serves OpenAPI 3.1 with every contract operation and every error code", async () => {
  const res = await new ApiClient(server.url).get("/api/v1/openapi.json");
  expect(res.status).toBe(200);
  const doc = res.json;
  expect(doc.openapi).toBe("3.1.0");
  const documented = new Set<string>();
  for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(methods)) documented.add(`${method} ${p}`);
  }
  const expected = contractOperations();
  expect(expected.length).toBeGreaterThan(25);
  const missing = expected.filter((op) => !documented.has(op));
  expect(missing).toEqual([]);
  const text = JSON.stringify(doc.paths);
  // Any operation may be busy, and a 405 answers a method that is no operation: both are in the document's error table only.
  const everywhere = ["SERVICE_BUSY", "METHOD_NOT_ALLOWED"];
  const undocumented = Object.keys(ERROR_CODES).filter((code) => !everywhere.includes(code) && !text.includes(code));
  expect(undocumented).toEqual([]);
});
