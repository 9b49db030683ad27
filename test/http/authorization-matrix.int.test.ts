/**
 * Every OpenAPI operation × six callers, with the expected status of each
 * cell in one table (issue 14, "keep it proven"):
 *   anon    — no session;
 *   out     — a cookie replayed after its fan signed out;
 *   other   — another fan, on the first fan's ids;
 *   demoted — staff whose role was set to USER in the database after sign-in;
 *   staff   — an admin;
 *   fan     — the first fan, on their own ids.
 * A new operation in the OpenAPI document without a row fails the first test.
 * Cells run in table order, row by row, callers in the order above (the fan
 * last): rows that change state (a payment, a release) come after the rows
 * that read it, so each cell's status is exact. Someone else's queue token
 * is QUEUE_TOKEN_INVALID (401) to everyone but its owner; someone else's
 * reservation or payment is 404 before any token is looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { operations } from "@/lib/openapi/operations";
import { joinQueue } from "@/test/support/booking";
import { ApiClient } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServer, type AppServer } from "@/test/support/server";

const CALLERS = ["anon", "out", "other", "demoted", "staff", "fan"] as const;
type Caller = (typeof CALLERS)[number];
type Cells = [anon: number, out: number, other: number, demoted: number, staff: number, fan: number];

interface Ids {
  concertId: string;
  scheduleId: string;
  token: string;
  heldId: string;
  releaseId: string;
  payId: string;
  paymentId: string;
  boughtId: string;
  refundId: string;
  targetUserId: string;
  freeSeatId: string;
}

interface Row {
  op: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids, caller: Caller) => unknown;
  /** Sends the first fan's queue token. */
  queueToken?: true;
  expect: Cells;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const reason = { reason: "authorization matrix" };
const SIGNED_IN: Cells = [401, 401, 200, 200, 200, 200];
const STAFF_ONLY: Cells = [401, 401, 403, 403, 200, 403];
const PUBLIC: Cells = [200, 200, 200, 200, 200, 200];

const TABLE: Row[] = [
  {
    op: "POST /api/v1/users",
    path: () => "/api/v1/users",
    body: () => ({ email: `m-${unique()}@test.local`, password: "password-123", name: "M" }),
    expect: [201, 201, 201, 201, 201, 201],
  },
  { op: "GET /api/v1/me", path: () => "/api/v1/me", expect: SIGNED_IN },
  { op: "GET /api/v1/concerts", path: () => "/api/v1/concerts", expect: PUBLIC },
  { op: "GET /api/v1/concerts/{concertId}", path: (i) => `/api/v1/concerts/${i.concertId}`, expect: PUBLIC },
  { op: "GET /api/v1/concerts/{concertId}/schedules", path: (i) => `/api/v1/concerts/${i.concertId}/schedules`, expect: PUBLIC },
  { op: "GET /api/v1/queue/concerts/{concertId}/events", path: (i) => `/api/v1/queue/concerts/${i.concertId}/events`, expect: PUBLIC },
  { op: "GET /api/v1/queue/concerts/{concertId}/status", path: (i) => `/api/v1/queue/concerts/${i.concertId}/status`, expect: PUBLIC },
  { op: "GET /api/v1/queue/challenge", path: (i) => `/api/v1/queue/challenge?concertId=${i.concertId}`, expect: SIGNED_IN },
  {
    op: "POST /api/v1/queue/tokens",
    path: () => "/api/v1/queue/tokens",
    body: (i) => ({ concertId: i.concertId }),
    expect: [401, 401, 201, 201, 201, 200],
  },
  { op: "GET /api/v1/queue/tokens/{token}", path: (i) => `/api/v1/queue/tokens/${i.token}`, expect: [401, 401, 404, 404, 404, 200] },
  {
    op: "GET /api/v1/schedules/{scheduleId}/seats",
    path: (i) => `/api/v1/schedules/${i.scheduleId}/seats`,
    queueToken: true,
    expect: [401, 401, 401, 401, 401, 200],
  },
  { op: "GET /api/v1/reservations", path: () => "/api/v1/reservations", expect: SIGNED_IN },
  { op: "GET /api/v1/reservations/{id}", path: (i) => `/api/v1/reservations/${i.heldId}`, expect: [401, 401, 404, 404, 404, 200] },
  { op: "GET /api/v1/wallet", path: () => "/api/v1/wallet", expect: SIGNED_IN },
  { op: "GET /api/v1/wallet/transactions", path: () => "/api/v1/wallet/transactions", expect: SIGNED_IN },
  { op: "GET /api/v1/payments", path: () => "/api/v1/payments", expect: SIGNED_IN },
  { op: "GET /api/v1/payments/{id}", path: (i) => `/api/v1/payments/${i.paymentId}`, expect: [401, 401, 404, 404, 404, 200] },
  { op: "GET /api/health", path: () => "/api/health", expect: PUBLIC },
  { op: "GET /api/health/live", path: () => "/api/health/live", expect: PUBLIC },
  { op: "GET /api/v1/openapi.json", path: () => "/api/v1/openapi.json", expect: PUBLIC },
  // METRICS_TOKEN unset on this server: the endpoint does not exist for anyone.
  { op: "GET /api/metrics", path: () => "/api/metrics", expect: [404, 404, 404, 404, 404, 404] },
  {
    op: "GET /api/v1/admin/concerts/{concertId}/pow-difficulty",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}/pow-difficulty`,
    expect: STAFF_ONLY,
  },
  { op: "GET /api/v1/admin/bookings", path: () => "/api/v1/admin/bookings", expect: STAFF_ONLY },
  { op: "GET /api/v1/admin/bookings/export", path: () => "/api/v1/admin/bookings/export", expect: STAFF_ONLY },
  { op: "GET /api/v1/admin/stats", path: (i) => `/api/v1/admin/stats?concertId=${i.concertId}`, expect: STAFF_ONLY },
  { op: "GET /api/v1/admin/audit-log", path: () => "/api/v1/admin/audit-log", expect: STAFF_ONLY },
  {
    op: "GET /api/v1/admin/schedules/{scheduleId}/occupancy",
    path: (i) => `/api/v1/admin/schedules/${i.scheduleId}/occupancy`,
    expect: STAFF_ONLY,
  },
  { op: "GET /api/v1/admin/revenue", path: () => "/api/v1/admin/revenue", expect: STAFF_ONLY },
  { op: "GET /api/v1/admin/queue", path: () => "/api/v1/admin/queue", expect: STAFF_ONLY },
  {
    op: "GET /api/v1/reservations/{id}/ticket",
    path: (i) => `/api/v1/reservations/${i.boughtId}/ticket`,
    expect: [401, 401, 404, 404, 404, 200],
  },
  {
    op: "GET /api/v1/reservations/{id}/cancel-quote",
    path: (i) => `/api/v1/reservations/${i.boughtId}/cancel-quote`,
    expect: [401, 401, 404, 404, 404, 200],
  },
  {
    op: "GET /api/v1/admin/concerts/{concertId}/queue-controls",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}/queue-controls`,
    expect: STAFF_ONLY,
  },
  { op: "GET /api/v1/admin/check-ins", path: () => "/api/v1/admin/check-ins", expect: STAFF_ONLY },
  // Writes, each cell once; the fan's own (last) changes state.
  {
    op: "POST /api/v1/wallet/charges",
    path: () => "/api/v1/wallet/charges",
    body: () => ({ amount: 1000 }),
    expect: [401, 401, 201, 201, 201, 201],
  },
  {
    op: "POST /api/v1/reservations",
    path: () => "/api/v1/reservations",
    body: (i) => ({ seatId: i.freeSeatId }),
    queueToken: true,
    expect: [401, 401, 401, 401, 401, 201],
  },
  {
    op: "DELETE /api/v1/reservations/{id}",
    path: (i) => `/api/v1/reservations/${i.heldId}`,
    queueToken: true,
    expect: [401, 401, 404, 404, 404, 204],
  },
  {
    op: "POST /api/v1/payments",
    path: () => "/api/v1/payments",
    body: (i) => ({ reservationId: i.payId }),
    queueToken: true,
    expect: [401, 401, 404, 404, 404, 201],
  },
  {
    op: "POST /api/v1/admin/concerts/{concertId}/pow-difficulty",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}/pow-difficulty`,
    body: () => ({ difficulty: 0, ...reason }),
    expect: STAFF_ONLY,
  },
  {
    op: "POST /api/v1/admin/reservations/{id}/release",
    path: (i) => `/api/v1/admin/reservations/${i.releaseId}/release`,
    body: () => reason,
    expect: STAFF_ONLY,
  },
  {
    op: "POST /api/v1/admin/reservations/{id}/refund",
    path: (i) => `/api/v1/admin/reservations/${i.refundId}/refund`,
    body: () => reason,
    expect: STAFF_ONLY,
  },
  {
    op: "POST /api/v1/admin/users/{userId}/sign-out",
    path: (i) => `/api/v1/admin/users/${i.targetUserId}/sign-out`,
    body: () => reason,
    expect: STAFF_ONLY,
  },
  {
    op: "POST /api/v1/admin/concerts",
    path: () => "/api/v1/admin/concerts",
    body: () => ({ title: "매트릭스", artist: "Artist", venue: "Hall" }),
    expect: [401, 401, 403, 403, 201, 403],
  },
  {
    op: "PATCH /api/v1/admin/concerts/{concertId}",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}`,
    body: () => ({ descriptionEn: "Edited by the matrix" }),
    expect: STAFF_ONLY,
  },
  {
    op: "POST /api/v1/admin/concerts/{concertId}/schedules",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}/schedules`,
    body: () => ({
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      tiers: [{ name: "R", price: 100_000 }],
      rows: [{ label: "A", seats: 2, tier: "R" }],
    }),
    expect: [401, 401, 403, 403, 201, 403],
  },
  // The active limit it already has (1000): staff may set it, nothing else changes.
  {
    op: "POST /api/v1/admin/concerts/{concertId}/queue-controls",
    path: (i) => `/api/v1/admin/concerts/${i.concertId}/queue-controls`,
    body: () => ({ activeLimit: 1000, ...reason }),
    expect: STAFF_ONLY,
  },
  // A code that is no ticket: staff get the verdict (422 TICKET_INVALID), nobody else gets that far.
  {
    op: "POST /api/v1/admin/check-ins",
    path: () => "/api/v1/admin/check-ins",
    body: () => ({ code: "not-a-ticket" }),
    expect: [401, 401, 403, 403, 422, 403],
  },
  {
    op: "POST /api/v1/reservations/{id}/cancel",
    path: (i) => `/api/v1/reservations/${i.boughtId}/cancel`,
    expect: [401, 401, 404, 404, 404, 200],
  },
  // Last: the fan leaves the queue (their token already ended with the payment).
  { op: "DELETE /api/v1/queue/tokens/{token}", path: (i) => `/api/v1/queue/tokens/${i.token}`, expect: [401, 401, 404, 404, 404, 204] },
];

let server: AppServer;
let ids: Ids;
const clients = {} as Record<Caller, ApiClient>;

async function signedIn(user: { email: string; password: string }): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.signIn(user.email, user.password);
  return client;
}

beforeAll(async () => {
  // Role and session version read on every request, so the demotion counts at once.
  server = await startServer({ env: { SESSION_CHECK_SECONDS: "0", QUEUE_ACTIVE_LIMIT: "1000" } });
  const db = getDb();
  const fan = await makeUser(db, { balance: 1_000_000 });
  const [other, staff, demoted, leaver, target] = await Promise.all([
    makeUser(db, { balance: 1_000_000 }),
    makeUser(db, { role: "ADMIN" }),
    makeUser(db, { role: "ADMIN" }),
    makeUser(db),
    makeUser(db),
  ]);
  const { concertId, scheduleId, seatIds } = await makeSchedule(db, { seats: 10 });
  const elsewhere = await makeSchedule(db, { seats: 2 });
  clients.anon = new ApiClient(server.url);
  const [f, o, s, d] = await Promise.all([fan, other, staff, demoted].map(signedIn));
  Object.assign(clients, { fan: f, other: o, staff: s, demoted: d });
  await db.user.update({ where: { id: demoted.id }, data: { role: "USER" } });
  const leaving = await signedIn(leaver);
  clients.out = new ApiClient(server.url, new Map(leaving.cookies));
  await leaving.signOut();

  const token = await joinQueue(clients.fan, concertId);
  const hold = async (seatId: string) => {
    const res = await clients.fan.post("/api/v1/reservations", { seatId }, { "X-Queue-Token": token });
    if (res.status !== 201) throw new Error(`fixture hold: ${res.status} ${res.text}`);
    return res.json.id as string;
  };
  const [heldId, releaseId, payId] = [await hold(seatIds[0]!), await hold(seatIds[1]!), await hold(seatIds[2]!)];
  const bought = await buyAs(fan.id, elsewhere.concertId, elsewhere.seatIds[0]!);
  const refunded = await buyAs(fan.id, elsewhere.concertId, elsewhere.seatIds[1]!);
  ids = {
    concertId,
    scheduleId,
    token,
    heldId,
    releaseId,
    payId,
    paymentId: bought.paymentId,
    boughtId: bought.reservationId,
    refundId: refunded.reservationId,
    targetUserId: target.id,
    freeSeatId: seatIds[5]!,
  };
});
afterAll(async () => {
  await server.stop();
});

describe("authorization matrix", () => {
  it("has a row for every OpenAPI operation, and no row for an operation that does not exist", () => {
    const documented = Object.entries(operations).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(TABLE.map((r) => r.op).sort()).toEqual([...documented].sort());
  });

  it("answers every cell with the status in the table", async () => {
    const actual: Record<string, Cells> = {};
    const wanted: Record<string, Cells> = {};
    for (const row of TABLE) {
      const cells: number[] = [];
      for (const caller of CALLERS) {
        const headers: Record<string, string> = { "Idempotency-Key": `m-${unique()}` };
        if (row.queueToken) headers["X-Queue-Token"] = ids.token;
        const [method] = row.op.split(" ");
        const body = row.body?.(ids, caller);
        const res = await clients[caller].request(method!, row.path(ids), { headers, ...(body !== undefined ? { json: body } : {}) });
        cells.push(res.status);
        if (res.status >= 400) expect(res.headers.get("content-type"), `${row.op} as ${caller}`).toContain("application/problem+json");
      }
      actual[row.op] = cells as Cells;
      wanted[row.op] = row.expect;
    }
    expect(actual).toEqual(wanted);
  });
});
