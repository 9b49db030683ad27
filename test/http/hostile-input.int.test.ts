/**
 * Hostile paths and strings, over HTTP against the production server (issue
 * 14 points 1, 2 and 7): malformed percent-encodings and NULs are 4xx
 * problem+json on the API and 4xx pages on the site, never a 500, and no
 * control character is ever stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let fan: ApiClient;
let admin: ApiClient;
let fanId: string;
let concertId: string;
let scheduleId: string;
let seatIds: string[];

beforeAll(async () => {
  server = await startServer();
  const fanUser = await makeUser(getDb(), { balance: 500_000 });
  const adminUser = await makeUser(getDb(), { role: "ADMIN" });
  fanId = fanUser.id;
  ({ concertId, scheduleId, seatIds } = await makeSchedule(getDb()));
  fan = new ApiClient(server.url);
  await fan.signIn(fanUser.email, fanUser.password);
  admin = new ApiClient(server.url);
  await admin.signIn(adminUser.email, adminUser.password);
});
afterAll(async () => {
  await server.stop();
});

function expectProblem(res: ApiResponse, statuses: number[], code?: string) {
  expect(statuses, `${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  if (code) expect(res.json.code).toBe(code);
}

describe("malformed paths", () => {
  it.each([
    "/api/v1/concerts/%ZZ",
    "/api/v1/concerts/%E0%A4%A",
    "/api/v1/concerts/%00",
    "/api/v1/concerts/a%01b/schedules",
    "/api/v1/schedules/%C0%AF/seats",
    "/api/v1/queue/tokens/%ZZ",
  ])("GET %s is a 400 problem, not a 500", async (path) => {
    expectProblem(await fan.get(path), [400], "VALIDATION_FAILED");
  });

  it.each(["/api/v1/schedules/%2e%2e/seats", "/api/v1/nothing-here", "/api/v2/concerts", "/api/x"])(
    "an unknown API path %s is a problem+json 404",
    async (path) => {
      expectProblem(await fan.get(path), [404], "NOT_FOUND");
      expectProblem(await fan.post(path, {}), [404], "NOT_FOUND");
    },
  );

  it.each(["/concerts/%ZZ", "/concerts/%E0%A4%A", "/concerts/%00", "/receipts/%ZZ", "/checkout/%00/success", "/admin/%ZZ"])(
    "the page %s answers a 404 page",
    async (path) => {
      const res = await fan.get(path, { accept: "text/html" });
      expect(res.status, res.text.slice(0, 200)).toBe(404);
      expect(res.headers.get("content-type")).toContain("text/html");
    },
  );

  it("a page with a NUL or another control character in its query answers a 400 page", async () => {
    for (const query of ["?date=%00", "?x=a%01b", "?left=%7F"]) {
      const res = await fan.get(`/concerts/${concertId}${query}`, { accept: "text/html" });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("text/html");
    }
  });
});

describe("NULs and control characters in input", () => {
  it("the API's bodies, queries and headers refuse them with 400 VALIDATION_FAILED", async () => {
    expectProblem(await fan.post("/api/v1/queue/tokens", { concertId: "a\u0000" }), [400], "VALIDATION_FAILED");
    expectProblem(await fan.post("/api/v1/reservations", { seatId: "\u0000" }, { "X-Queue-Token": "t" }), [400], "VALIDATION_FAILED");
    expectProblem(await fan.post("/api/v1/wallet/charges", { amount: 1000 }, { "Idempotency-Key": "k\u0085" }), [400], "VALIDATION_FAILED");
    expectProblem(await admin.get("/api/v1/admin/bookings?q=%00"), [400], "VALIDATION_FAILED");
    expectProblem(await admin.get("/api/v1/admin/bookings?q=a%1Bb"), [400], "VALIDATION_FAILED");
    expectProblem(await fan.get("/api/v1/wallet/transactions?cursor=%00"), [400], "VALIDATION_FAILED");
  });

  it("sign-up with a NUL, an escape or a newline in the name stores nothing", async () => {
    for (const name of ["a\u0000b", "a\u001bb", "two\nlines", "bell\u0007"]) {
      const email = `ctl-${Math.random().toString(36).slice(2)}@test.local`;
      const res = await new ApiClient(server.url).post("/api/v1/users", { email, password: "password-123", name });
      expectProblem(res, [400], "VALIDATION_FAILED");
      expect(res.json.errors).toEqual([{ path: "name", message: "contains control characters" }]);
      expect(await getDb().user.count({ where: { email } })).toBe(0);
    }
  });

  it("a refund reason may have newlines but no NUL", async () => {
    const { reservationId } = await buyAs(fanId, concertId, seatIds[0]!);
    const path = `/api/v1/admin/reservations/${reservationId}/refund`;
    expectProblem(await admin.post(path, { reason: "bad\u0000reason" }), [400], "VALIDATION_FAILED");
    expect((await getDb().reservation.findUniqueOrThrow({ where: { id: reservationId } })).status).toBe("CONFIRMED");
    const ok = await admin.post(path, { reason: "Fan asked twice.\nTicket 42." });
    expect(ok.status, ok.text).toBe(200);
    const entry = await getDb().auditLog.findFirstOrThrow({ where: { reservationId }, select: { reason: true } });
    expect(entry.reason).toBe("Fan asked twice.\nTicket 42.");
  });

  it("a queue cookie with a NUL token is ignored, not sent to the database", async () => {
    const withCookie = new ApiClient(server.url, new Map(fan.cookies));
    withCookie.cookies.set("sp_queue", encodeURIComponent(JSON.stringify({ [concertId]: "\u0000" })));
    const res = await withCookie.get(`/api/v1/schedules/${scheduleId}/seats`);
    expect(res.status, res.text).toBeLessThan(500);
  });
});
