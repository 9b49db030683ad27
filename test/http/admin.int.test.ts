/**
 * The staff API and console over HTTP, against the production server: role
 * checks on every endpoint and page, refund exactly once under parallel
 * requests, and the fan seeing the refund in the wallet and on the receipt.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { occupancySchema, queueMonitorSchema, statsSchema } from "@/lib/validations/admin";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeSchedule, makeUser, walletState } from "@/test/support/fixtures";
import { expectInvariants } from "@/test/support/booking";
import { buyAs, holdAs } from "@/test/support/purchases";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let admin: ApiClient;
let fan: ApiClient;
let fanUser: { id: string; email: string; password: string };
let adminUser: { id: string; email: string; password: string };
let concertId: string;
let scheduleId: string;
let seatIds: string[];

beforeAll(async () => {
  server = await startServer();
  adminUser = await makeUser(getDb(), { role: "ADMIN", name: "Staff" });
  fanUser = await makeUser(getDb(), { balance: 1_000_000, name: "Http Fan" });
  ({ concertId, scheduleId, seatIds } = await makeSchedule(getDb()));
  admin = new ApiClient(server.url);
  await admin.signIn(adminUser.email, adminUser.password);
  fan = new ApiClient(server.url);
  await fan.signIn(fanUser.email, fanUser.password);
});
afterAll(async () => {
  await server.stop();
});

function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json).toMatchObject({ status, code });
}

const reason = { reason: "customer support ticket 42" };
const endpoints = (reservationId: string) =>
  [
    ["GET", "/api/v1/admin/bookings"],
    ["GET", "/api/v1/admin/bookings/export"],
    ["GET", "/api/v1/admin/stats"],
    ["GET", "/api/v1/admin/audit-log"],
    ["GET", `/api/v1/admin/schedules/${scheduleId}/occupancy`],
    ["GET", "/api/v1/admin/revenue"],
    ["GET", "/api/v1/admin/queue"],
    ["POST", `/api/v1/admin/reservations/${reservationId}/release`],
    ["POST", `/api/v1/admin/reservations/${reservationId}/refund`],
  ] as const;
const call = (client: ApiClient, [method, path]: readonly [string, string]) =>
  method === "GET" ? client.get(path) : client.post(path, reason);

describe("staff API role checks", () => {
  it("anonymous → 401 UNAUTHENTICATED and a fan → 403 FORBIDDEN on every staff endpoint; nothing changes", async () => {
    const bought = await buyAs(fanUser.id, concertId, seatIds[0]!);
    const anon = new ApiClient(server.url);
    for (const endpoint of endpoints(bought.reservationId)) {
      expectProblem(await call(anon, endpoint), 401, "UNAUTHENTICATED");
      expectProblem(await call(fan, endpoint), 403, "FORBIDDEN");
    }
    expect((await getDb().reservation.findUniqueOrThrow({ where: { id: bought.reservationId } })).status).toBe("CONFIRMED");
    expect(await getDb().auditLog.count()).toBe(0);
  });

  it("an admin whose role was revoked after sign-in cannot refund (role re-checked in the database)", async () => {
    const bought = await buyAs(fanUser.id, concertId, seatIds[1]!);
    const former = await makeUser(getDb(), { role: "ADMIN" });
    const client = new ApiClient(server.url);
    await client.signIn(former.email, former.password);
    await getDb().user.update({ where: { id: former.id }, data: { role: "USER" } });
    expectProblem(await client.post(`/api/v1/admin/reservations/${bought.reservationId}/refund`, reason), 403, "FORBIDDEN");
    expect((await getDb().payment.findUniqueOrThrow({ where: { id: bought.paymentId } })).refundedAt).toBeNull();
  });

  it("staff pages: anonymous is sent to sign-in, a fan sees 403, staff see the console", async () => {
    const anonPage = await new ApiClient(server.url).request("GET", "/admin/bookings?q=12", { headers: { accept: "text/html" } });
    expect(anonPage.status).toBe(307);
    expect(anonPage.headers.get("location")).toContain("/signin?callbackUrl=%2Fadmin%2Fbookings%3Fq%3D12");
    for (const path of ["/admin", "/admin/bookings", "/admin/revenue", "/admin/audit"]) {
      const fanPage = await fan.request("GET", path, { headers: { accept: "text/html" } });
      expect(fanPage.status, path).toBe(403);
      expect(fanPage.text).toContain("Staff only");
      expect(fanPage.text).not.toContain("Find a booking");
      expect(fanPage.text).not.toMatch(/Revenue and sales|Staff actions, newest first|Bookings, newest first/);
    }
    const staffPage = await admin.request("GET", "/admin/bookings", { headers: { accept: "text/html" } });
    expect(staffPage.status).toBe(200);
    expect(staffPage.text).toContain("<caption");
  });
});

describe("staff actions over HTTP", () => {
  it("two parallel refunds of one booking: one 200, one 409; the fan sees the refund in wallet and receipts", async () => {
    const before = await walletState(getDb(), fanUser.id);
    const bought = await buyAs(fanUser.id, concertId, seatIds[2]!);
    const path = `/api/v1/admin/reservations/${bought.reservationId}/refund`;
    const [r1, r2] = await Promise.all([admin.post(path, reason), admin.post(path, reason)]);
    const statuses = [r1.status, r2.status].sort();
    expect(statuses).toEqual([200, 409]);
    const ok = r1.status === 200 ? r1 : r2;
    const lost = r1.status === 200 ? r2 : r1;
    expect(ok.json).toEqual({ reservationId: bought.reservationId, refundedAmount: bought.price, balanceAfter: before.balance });
    expectProblem(lost, 409, "RESERVATION_NOT_CONFIRMED");
    expect(await walletState(getDb(), fanUser.id)).toMatchObject({ balance: before.balance, ledgerSum: before.balance });
    await expectInvariants(getDb());

    const ledger = await fan.get("/api/v1/wallet/transactions");
    expect(ledger.json.items[0]).toMatchObject({ type: "REFUND", amount: bought.price, reservationId: bought.reservationId });
    const receipt = await fan.get(`/api/v1/payments/${bought.paymentId}`);
    expect(receipt.json.refundedAt).toEqual(expect.any(String));
    const audit = await admin.get("/api/v1/admin/audit-log");
    expect(audit.json.items[0]).toMatchObject({
      actor: { id: adminUser.id, email: adminUser.email },
      action: "REFUND",
      reservationId: bought.reservationId,
      reason: reason.reason,
    });
  });

  it("releases a hold once, then 409 RESERVATION_NOT_HELD; validates input and ids", async () => {
    const held = await holdAs(fanUser.id, concertId, seatIds[11]!);
    const path = `/api/v1/admin/reservations/${held.reservationId}/release`;
    expectProblem(await admin.post(path, {}), 400, "VALIDATION_FAILED");
    expectProblem(await admin.request("POST", path, { body: "{not json" }), 400, "VALIDATION_FAILED");
    const res = await admin.post(path, reason);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ id: held.reservationId, status: "CANCELLED", scheduleId, concertId, seat: { number: 12 } });
    expectProblem(await admin.post(path, reason), 409, "RESERVATION_NOT_HELD");
    expectProblem(await admin.post(`/api/v1/admin/reservations/${held.reservationId}/refund`, reason), 409, "RESERVATION_NOT_CONFIRMED");
    expectProblem(await admin.post("/api/v1/admin/reservations/nope/release", reason), 404, "NOT_FOUND");
    const seat = (await admin.get(`/api/v1/admin/schedules/${scheduleId}/occupancy`)).json.seats.find(
      (s: { number: number }) => s.number === 12,
    );
    expect(seat).toMatchObject({ status: "AVAILABLE", user: null });
  });

  it("answers 'who has seat 12, did they pay, how much have we sold' from the staff API", async () => {
    const bought = await buyAs(fanUser.id, concertId, seatIds[11]!);
    const list = await admin.get(`/api/v1/admin/bookings?scheduleId=${scheduleId}&q=12&status=CONFIRMED`);
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([
      expect.objectContaining({
        reservationId: bought.reservationId,
        user: expect.objectContaining({ id: fanUser.id }),
        paymentId: bought.paymentId,
      }),
    ]);
    const stats = await admin.get(`/api/v1/admin/stats?concertId=${concertId}`);
    const sold = await getDb().payment.aggregate({
      where: { refundedAt: null, reservation: { scheduleId } },
      _sum: { amount: true },
      _count: true,
    });
    expect(stats.json).toEqual({
      queue: { waiting: 0, active: expect.any(Number) },
      seats: { available: 50 - sold._count, held: 0, sold: sold._count },
      revenue: sold._sum.amount,
    });
    const csv = await admin.get(`/api/v1/admin/bookings/export?scheduleId=${scheduleId}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows = await getDb().reservation.count({ where: { scheduleId } });
    expect(csv.text.trimEnd().split("\r\n")).toHaveLength(rows + 1);
    expectProblem(await admin.get("/api/v1/admin/bookings?status=PAID"), 400, "VALIDATION_FAILED");
  });
});

describe("staff console reads", () => {
  it("stats, occupancy and the queue monitor parse with the zod schemas the console's polling checks them against", async () => {
    await buyAs(fanUser.id, concertId, seatIds[5]!);
    const reads = [
      ["/api/v1/admin/stats", statsSchema],
      [`/api/v1/admin/stats?concertId=${concertId}`, statsSchema],
      [`/api/v1/admin/schedules/${scheduleId}/occupancy`, occupancySchema],
      ["/api/v1/admin/queue", queueMonitorSchema],
    ] as const;
    for (const [path, schema] of reads) {
      const res = await admin.get(path);
      expect(res.status, res.text).toBe(200);
      const parsed = schema.safeParse(res.json);
      expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    }
  });
});
