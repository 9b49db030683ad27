/**
 * The public serving counter: cacheable by any proxy, the same for every
 * caller, nothing personal in it, and consistent with the fans' own tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { queueStatusSchema } from "@/lib/validations/queue";
import { makeFan } from "@/test/support/booking";
import { ApiClient } from "@/test/support/client";
import { makeSchedule } from "@/test/support/fixtures";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
const LIMIT = 3;
beforeAll(async () => {
  server = await startServer({ env: { QUEUE_ACTIVE_LIMIT: String(LIMIT), SWEEP_INTERVAL_SECONDS: "0" } });
});
afterAll(async () => {
  await server.stop();
});

const statusPath = (concertId: string) => `/api/v1/queue/concerts/${concertId}/status`;

describe("GET /api/v1/queue/concerts/{concertId}/status", () => {
  it("is public, cacheable for a second, the same for every caller and holds nothing personal", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: 8 }, () => makeFan(getDb(), server.url)));
    const joined = [];
    for (const f of fans) joined.push((await f.client.post("/api/v1/queue/tokens", { concertId })).json);
    expect(joined.map((j) => j.issueNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const [anon, first, last] = await Promise.all([
      new ApiClient(server.url).get(statusPath(concertId)),
      fans[0]!.client.get(statusPath(concertId)),
      fans[7]!.client.get(statusPath(concertId)),
    ]);
    for (const res of [anon, first, last]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=1, stale-while-revalidate=5");
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(res.headers.get("vary") ?? "").not.toMatch(/cookie/i);
      expect(Object.keys(res.json).sort()).toEqual(Object.keys(queueStatusSchema.shape).sort());
    }
    const withoutTime = ({ updatedAt, ...rest }: { updatedAt: string }) => (expect(Date.parse(updatedAt)).not.toBeNaN(), rest);
    expect(withoutTime(first.json)).toEqual(withoutTime(anon.json));
    expect(withoutTime(last.json)).toEqual(withoutTime(anon.json));
    expect(withoutTime(anon.json)).toEqual({
      concertId,
      servingSeq: LIMIT,
      lastIssued: 8,
      waiting: 8 - LIMIT,
      active: LIMIT,
      activeLimit: LIMIT,
      admissionsPerMinute: 0,
      paused: false,
      phase: "OPEN",
      salesOpenAt: null,
      preQueueOpensAt: null,
      preQueueSize: 0,
      shuffledAt: null,
    });
    const body = anon.text;
    for (const j of joined) expect(body).not.toContain(j.token);
    for (const f of fans) expect(body).not.toContain(f.id);

    // A fan's own estimate from the counter is their exact place while nobody ahead has left.
    const view = (await fans[6]!.client.get(`/api/v1/queue/tokens/${joined[6].token}`)).json;
    expect(view).toMatchObject({ status: "WAITING", issueNumber: 7, position: 7 - anon.json.servingSeq });
  });

  it("404 for an unknown concert, 400 for a malformed id, nothing written", async () => {
    const client = new ApiClient(server.url);
    const unknown = await client.get(statusPath("c0000000000000000000nosuch"));
    expect([unknown.status, unknown.json.code]).toEqual([404, "NOT_FOUND"]);
    const bad = await client.get(statusPath("x".repeat(80)));
    expect([bad.status, bad.json.code]).toEqual([400, "VALIDATION_FAILED"]);
    expect(await getDb().queueState.count({ where: { concertId: "c0000000000000000000nosuch" } })).toBe(0);
  });
});
