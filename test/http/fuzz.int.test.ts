/**
 * Fuzz of every contract operation (issue 14, "keep it proven"): fast-check
 * generates hostile paths, query strings, headers and bodies — from each
 * operation's zod schemas (through the OpenAPI document) and beyond them —
 * for anonymous, fan and staff callers. Asserted: no 5xx; every 4xx is
 * problem+json with a contract code; and afterwards nothing changed (row
 * counts, balances, seat states), since every body carries a field no schema
 * accepts.
 *
 * Seeded: FUZZ_SEED (default below) reproduces a run exactly; FUZZ_RUNS sets
 * the number of requests (default 5,000 per database). A failure names the
 * seed and the request.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ERROR_CODES } from "@/lib/errors";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ApiClient } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServer, type AppServer } from "@/test/support/server";
import { hostileBody, hostileHeaders, pathSegment, queryString, rawBody } from "@/test/fuzz/hostile-values";

const SEED = Number(process.env.FUZZ_SEED ?? 140_014);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const PARALLEL = 8;

type Operation = { method: string; path: string; params: string[]; query: string[]; body?: Record<string, unknown> };

let server: AppServer;
const cookies: Record<"anon" | "fan" | "staff", string> = { anon: "", fan: "", staff: "" };
let realIds: string[] = [];

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_CHARGES_PER_MINUTE: "100000" } });
  const db = getDb();
  const fan = await makeUser(db, { balance: 300_000 });
  const staff = await makeUser(db, { role: "ADMIN" });
  const { concertId, scheduleId, seatIds } = await makeSchedule(db, { seats: 6 });
  const bought = await buyAs(fan.id, concertId, seatIds[0]!);
  realIds = [concertId, scheduleId, seatIds[1]!, bought.reservationId, bought.paymentId, fan.id];
  for (const [who, user] of [
    ["fan", fan],
    ["staff", staff],
  ] as const) {
    const client = new ApiClient(server.url);
    await client.signIn(user.email, user.password);
    cookies[who] = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
});
afterAll(async () => {
  await server.stop();
});

function contractOperations(): Operation[] {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const parameters = (op.parameters ?? []) as { name: string; in: string }[];
      const body = (op.requestBody as { content?: Record<string, { schema: Record<string, unknown> }> } | undefined)?.content?.[
        "application/json"
      ]?.schema;
      return {
        method: method.toUpperCase(),
        path,
        params: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters.filter((p) => p.in === "query").map((p) => p.name),
        body,
      };
    }),
  );
}

/** What the database holds that no refused request may change. */
async function snapshot() {
  const db = getDb();
  const [users, ledger, reservations, payments, tokens, audit, concerts, schedules, seats, idempotency, balances] = await Promise.all([
    db.user.count(),
    db.walletTransaction.count(),
    db.reservation.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } }),
    db.payment.count(),
    db.queueToken.count(),
    db.auditLog.count(),
    db.concert.findMany({ orderBy: { id: "asc" } }),
    db.schedule.count(),
    db.seat.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } }),
    db.idempotencyRecord.count(),
    db.user.findMany({ select: { id: true, balance: true, role: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  return { users, ledger, reservations, payments, tokens, audit, concerts, schedules, seats, idempotency, balances };
}

interface Case {
  op: Operation;
  caller: keyof typeof cookies;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

function cases(ops: Operation[]): fc.Arbitrary<Case> {
  return fc.constantFrom(...ops).chain((op) =>
    fc
      .record({
        caller: fc.constantFrom("anon", "fan", "staff") as fc.Arbitrary<keyof typeof cookies>,
        // A write without a body could succeed on a real id (a cancel): it only gets hostile ones.
        segments: fc.tuple(...op.params.map(() => pathSegment(op.body || op.method === "GET" ? realIds : [])), fc.constant("")),
        query: queryString(op.query),
        headers: hostileHeaders,
        body:
          op.body || op.method !== "GET"
            ? fc.oneof({ weight: 4, arbitrary: hostileBody(op.body).map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: rawBody })
            : fc.constant(undefined),
      })
      .map(({ caller, segments, query, headers, body }) => {
        let path = op.path;
        op.params.forEach((name, i) => (path = path.replace(`{${name}}`, segments[i]!)));
        return { op, caller, url: `${path}${query}`, headers, body: op.method === "GET" ? undefined : body };
      }),
  );
}

async function send(c: Case): Promise<{ status: number; type: string; code?: string; text: string }> {
  const headers: Record<string, string> = { ...c.headers };
  if (cookies[c.caller]) headers.cookie = cookies[c.caller];
  const res = await fetch(`${server.url}${c.url}`, { method: c.op.method, headers, body: c.body, redirect: "manual" });
  // An event stream that opened never ends: its status and type are the answer.
  if ((res.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await res.body?.cancel();
    return { status: res.status, type: "text/event-stream", text: "" };
  }
  const text = await res.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", code, text };
}

const describeCase = (c: Case) =>
  `${c.op.method} ${c.url.slice(0, 300)} as ${c.caller}, headers ${JSON.stringify(c.headers).slice(0, 300)}, body ${String(c.body).slice(0, 300)}`;

describe(`fuzz (seed ${SEED}, ${RUNS} requests)`, () => {
  it("no 5xx, every 4xx a contract problem, and nothing changed", async () => {
    const ops = contractOperations();
    expect(ops.length).toBeGreaterThan(30);
    const before = await snapshot();
    const all = fc.sample(cases(ops), { seed: SEED, numRuns: RUNS });
    const failures: string[] = [];
    const seen = new Map<string, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < all.length) {
          const c = all[next++]!;
          // A client-side failure (e.g. response headers past undici's limit) is a failure of the case too.
          const res = await send(c).catch((e: Error) => ({
            status: 599,
            type: "",
            code: undefined,
            text: `client: ${e.message} ${String(e.cause)}`,
          }));
          seen.set(String(res.status), (seen.get(String(res.status)) ?? 0) + 1);
          const contract = res.code !== undefined && res.code in ERROR_CODES;
          if (res.status >= 500) failures.push(`${res.status} for ${describeCase(c)}: ${res.text.slice(0, 200)}`);
          else if (res.status >= 400 && (!res.type.includes("application/problem+json") || !contract)) {
            failures.push(`${res.status} ${res.type} ${String(res.code)} not a contract problem for ${describeCase(c)}`);
          } else if (res.status < 300 && c.op.method !== "GET") failures.push(`${res.status} accepted ${describeCase(c)}`);
        }
      }),
    );
    console.log(`fuzz seed ${SEED}: ${all.length} requests, statuses ${JSON.stringify(Object.fromEntries(seen))}`);
    expect(failures.slice(0, 10), `seed ${SEED}: ${failures.length} failures`).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 600_000);
});
