/**
 * The pushed serving counter (GET /api/v1/queue/concerts/{id}/events): a
 * real event stream, the same body as the polled counter, pushed when the
 * line moves — on PostgreSQL from another instance too, through
 * LISTEN/NOTIFY — and refused past the per-instance cap.
 *
 * The periodic re-read is set to 10 minutes here, so an event that arrives
 * within the test's few seconds can only have been pushed by the change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { queueStatusSchema } from "@/lib/validations/queue";
import { makeFan } from "@/test/support/booking";
import { openEventStream, type StreamEvent } from "@/test/support/event-stream";
import { makeSchedule } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";
import { testLeg } from "@/test/support/test-db";

let a: AppServer;
let b: AppServer;
let capped: AppServer;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: "1", SWEEP_INTERVAL_SECONDS: "0", QUEUE_STREAM_REFRESH_SECONDS: "600" };
  [a, b, capped] = (await startServers([env, env, { ...env, QUEUE_STREAMS_PER_INSTANCE: "1" }])) as [AppServer, AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), capped.stop()]);
});

const eventsUrl = (server: AppServer, concertId: string) => `${server.url}/api/v1/queue/concerts/${concertId}/events`;
const counter = (e: StreamEvent) => queueStatusSchema.parse(JSON.parse(e.data));

/** A line of two: the first fan ACTIVE (the limit is 1), the second waiting at issue number 2. */
async function lineOfTwo(server: AppServer) {
  const { concertId } = await makeSchedule(getDb());
  const [first, second] = await Promise.all([makeFan(getDb(), server.url), makeFan(getDb(), server.url)]);
  const ahead = await first.client.post("/api/v1/queue/tokens", { concertId });
  const behind = await second.client.post("/api/v1/queue/tokens", { concertId });
  expect([ahead.json.status, behind.json.status, behind.json.issueNumber]).toEqual(["ACTIVE", "WAITING", 2]);
  return { concertId, first, second, aheadToken: ahead.json.token as string, behindToken: behind.json.token as string };
}

describe("GET /api/v1/queue/concerts/{concertId}/events", () => {
  it("streams the status body at once, uncached and unbuffered", async () => {
    const { concertId } = await lineOfTwo(a);
    const stream = await openEventStream(eventsUrl(a, concertId));
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.headers.get("cache-control")).toBe("no-store, no-transform");
      expect(stream.headers.get("x-accel-buffering")).toBe("no");
      const first = await stream.next();
      expect(first.event).toBe("status");
      const pushed = counter(first);
      const polled = queueStatusSchema.parse((await (await fetch(`${a.url}/api/v1/queue/concerts/${concertId}/status`)).json()) as unknown);
      expect({ ...pushed, updatedAt: "" }).toEqual({ ...polled, updatedAt: "" });
      expect(pushed).toMatchObject({ concertId, servingSeq: 1, lastIssued: 2, waiting: 1, active: 1 });
    } finally {
      stream.close();
    }
  });

  /** The fan ahead (joined on a) leaves through a; the stream, opened on `streamOn`, must carry the admission of number 2. */
  async function expectLeavePushed(streamOn: AppServer) {
    const { concertId, first, aheadToken } = await lineOfTwo(a);
    const stream = await openEventStream(eventsUrl(streamOn, concertId));
    try {
      expect(counter(await stream.next()).servingSeq).toBe(1);
      expect((await first.client.delete(`/api/v1/queue/tokens/${aheadToken}`)).status).toBe(204);
      const moved = counter(await stream.until((e) => counter(e).servingSeq >= 2, 5_000));
      expect(moved).toMatchObject({ servingSeq: 2, waiting: 0, active: 1 });
    } finally {
      stream.close();
    }
  }

  it("pushes the admission the moment the fan ahead leaves", () => expectLeavePushed(a));

  // SQLite is one process by design (README): there is no other instance to hear from, so this is PostgreSQL's alone.
  if (testLeg() === "postgres") it("pushes a change committed on another instance (PostgreSQL LISTEN/NOTIFY)", () => expectLeavePushed(b));

  it("answers 404 problem+json for an unknown concert, and 400 for a malformed id", async () => {
    const unknown = await openEventStream(eventsUrl(a, "c".repeat(25)));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.parse(await unknown.text())).toMatchObject({ code: "NOT_FOUND" });
    const malformed = await openEventStream(eventsUrl(a, "x".repeat(80)));
    expect(malformed.status).toBe(400);
    expect(JSON.parse(await malformed.text())).toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("past QUEUE_STREAMS_PER_INSTANCE refuses with 503 SERVICE_BUSY and Retry-After, and a closed stream frees its place", async () => {
    const { concertId } = await makeSchedule(getDb());
    const held = await openEventStream(eventsUrl(capped, concertId));
    expect(held.status).toBe(200);
    await held.next();
    const refused = await openEventStream(eventsUrl(capped, concertId));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(JSON.parse(await refused.text())).toMatchObject({ code: "SERVICE_BUSY" });

    held.close();
    // The server notices the disconnect on its own time: try again for a few seconds.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      const again = await openEventStream(eventsUrl(capped, concertId));
      status = again.status;
      if (status === 200) await again.next();
      else await again.text();
      again.close();
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });
});
