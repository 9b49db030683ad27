/** Accounts over HTTP: sign-up, sign-in, /me, and every bad input the contract names. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiClient } from "@/test/support/client";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const userCount = () => getDb().user.count();

function expectProblem(res: { status: number; headers: Headers; json: { code?: string; status?: number } }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json.code).toBe(code);
  expect(res.json.status).toBe(status);
}

describe("POST /api/v1/users", () => {
  it("creates a user and returns exactly id, email, name", async () => {
    const res = await new ApiClient(server.url).post("/api/v1/users", {
      email: " New.Fan@Example.COM ",
      password: "correct-horse",
      name: "New Fan",
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json).sort()).toEqual(["email", "id", "name"]);
    expect(res.json).toMatchObject({ email: "new.fan@example.com", name: "New Fan" });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: res.json.id }, select: { role: true, balance: true } });
    expect(stored).toEqual({ role: "USER", balance: 0 });
  });

  it("refuses a duplicate email (any case) with 409 EMAIL_TAKEN and creates nothing", async () => {
    const client = new ApiClient(server.url);
    expect((await client.post("/api/v1/users", { email: "dup@example.com", password: "password-1", name: "First" })).status).toBe(201);
    const before = await userCount();
    expectProblem(
      await client.post("/api/v1/users", { email: "dup@example.com", password: "password-2", name: "Second" }),
      409,
      "EMAIL_TAKEN",
    );
    expectProblem(
      await client.post("/api/v1/users", { email: "DUP@example.com", password: "password-2", name: "Second" }),
      409,
      "EMAIL_TAKEN",
    );
    expect(await userCount()).toBe(before);
  });

  it("lets exactly one of 10 parallel sign-ups with one email win", async () => {
    const client = new ApiClient(server.url);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        client.post("/api/v1/users", { email: "race@example.com", password: "password-1", name: `Racer ${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(await getDb().user.count({ where: { email: "race@example.com" } })).toBe(1);
  });

  it.each([
    ["short password (7 chars)", { email: "a@example.com", password: "1234567", name: "A" }, "password"],
    ["password of 129 chars", { email: "a@example.com", password: "x".repeat(129), name: "A" }, "password"],
    ["invalid email", { email: "not-an-email", password: "password-1", name: "A" }, "email"],
    ["empty name", { email: "a@example.com", password: "password-1", name: "  " }, "name"],
    ["name of 51 chars", { email: "a@example.com", password: "password-1", name: "n".repeat(51) }, "name"],
    ["missing fields", {}, "email"],
    ["password as a number", { email: "a@example.com", password: 12345678, name: "A" }, "password"],
  ])("refuses %s with 400 VALIDATION_FAILED and creates nothing", async (_what, body, path) => {
    const before = await userCount();
    const res = await new ApiClient(server.url).post("/api/v1/users", body);
    expectProblem(res, 400, "VALIDATION_FAILED");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await userCount()).toBe(before);
  });

  it.each([
    ["malformed JSON", '{"email": "a@example.com", "password": '],
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["a 1 MB body", JSON.stringify({ email: "big@example.com", password: "password-1", name: "x".repeat(1024 * 1024) })],
  ])("refuses %s with 400 VALIDATION_FAILED and creates nothing", async (_what, body) => {
    const before = await userCount();
    expectProblem(await new ApiClient(server.url).request("POST", "/api/v1/users", { body }), 400, "VALIDATION_FAILED");
    expect(await userCount()).toBe(before);
  });
});

describe("sign-in and GET /api/v1/me", () => {
  it("returns 401 UNAUTHENTICATED without a session", async () => {
    expectProblem(await new ApiClient(server.url).get("/api/v1/me"), 401, "UNAUTHENTICATED");
  });

  it("returns 401 with a forged session cookie", async () => {
    const client = new ApiClient(server.url);
    client.cookies.set("next-auth.session-token", "forged.value.here");
    expectProblem(await client.get("/api/v1/me"), 401, "UNAUTHENTICATED");
  });

  it("signs in with the next-auth Credentials flow and shows the caller", async () => {
    const client = new ApiClient(server.url);
    const created = await client.signUp({ email: "me@example.com", password: "password-me", name: "Me" });
    const res = await client.get("/api/v1/me");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: created.json.id, email: "me@example.com", name: "Me", role: "USER", balance: 0 });
  });

  it("does not sign in with a wrong password or an unknown email", async () => {
    await new ApiClient(server.url).post("/api/v1/users", { email: "wrong@example.com", password: "password-ok", name: "W" });
    const client = new ApiClient(server.url);
    expect(await client.trySignIn("wrong@example.com", "password-bad")).toBe(false);
    expect(await client.trySignIn("nobody@example.com", "password-ok")).toBe(false);
    expectProblem(await client.get("/api/v1/me"), 401, "UNAUTHENTICATED");
  });
});
