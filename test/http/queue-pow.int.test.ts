/**
 * Proof-of-work on queue joins (issue 13 point 3), over HTTP on two
 * instances of one database with QUEUE_POW_DIFFICULTY=8: a valid solution
 * joins once; reused, foreign, expired, wrong or garbage challenges get their
 * own codes; staff changes of a concert's difficulty take effect at once.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { encodeNonce } from "@/lib/queue/pow-nonce";
import { leadingZeroBits, powInput } from "@/lib/queue/pow-puzzle";
import { makeFan } from "@/test/support/booking";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeSchedule, makeUser, TEST_PASSWORD } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
let staff: ApiClient;
beforeAll(async () => {
  const env = { QUEUE_POW_DIFFICULTY: "8" };
  [a, b] = (await startServers([env, env])) as [AppServer, AppServer];
  const admin = await makeUser(getDb(), { role: "ADMIN" });
  staff = new ApiClient(a.url);
  await staff.signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

function solve(nonce: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    if (
      leadingZeroBits(
        createHash("sha256")
          .update(powInput(nonce, String(n)))
          .digest(),
      ) >= difficulty
    )
      return String(n);
  }
}

async function solvedChallenge(client: ApiClient, concertId: string) {
  const res = await client.get(`/api/v1/queue/challenge?concertId=${concertId}`);
  expect(res.status).toBe(200);
  return { ...res.json, pow: { nonce: res.json.nonce as string, solution: solve(res.json.nonce, res.json.difficulty) } };
}

const join = (client: ApiClient, concertId: string, pow?: unknown) => client.post("/api/v1/queue/tokens", { concertId, pow });
const code = (res: ApiResponse) => [res.status, res.json?.code];

describe("proof-of-work on joins", () => {
  it("a valid solution joins once; without one a join is 428; the same solution again is 409 on either instance", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url);
    expect(code(await join(fan.client, concertId))).toEqual([428, "QUEUE_CHALLENGE_REQUIRED"]);
    const challenge = await solvedChallenge(fan.client.on(b.url), concertId);
    expect(challenge).toMatchObject({ concertId, difficulty: 8, algorithm: "sha256-leading-zero-bits" });
    expect(Date.parse(challenge.expiresAt)).toBeGreaterThan(Date.now());

    const joined = await join(fan.client, concertId, challenge.pow);
    expect(joined.status).toBe(201);
    expect(code(await join(fan.client.on(b.url), concertId, challenge.pow))).toEqual([409, "QUEUE_CHALLENGE_REUSED"]);
    expect(code(await join(fan.client, concertId, challenge.pow))).toEqual([409, "QUEUE_CHALLENGE_REUSED"]);
    expect(await getDb().queueToken.count({ where: { userId: fan.id } })).toBe(1);
  });

  it("one solved challenge sent 6 times in parallel over two instances joins exactly once", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url);
    const { pow } = await solvedChallenge(fan.client, concertId);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => join(i % 2 ? fan.client.on(b.url) : fan.client, concertId, pow)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.json.code === "QUEUE_CHALLENGE_REUSED")).toHaveLength(5);
  });

  it("another concert's or user's challenge, a wrong solution, an expired or forged nonce and garbage get their codes", async () => {
    const [{ concertId }, other] = await Promise.all([makeSchedule(getDb()), makeSchedule(getDb())]);
    const fan = await makeFan(getDb(), a.url);
    const stranger = await makeFan(getDb(), b.url);
    const forOther = await solvedChallenge(fan.client, other.concertId);
    expect(code(await join(fan.client, concertId, forOther.pow))).toEqual([422, "QUEUE_CHALLENGE_INVALID"]);
    const strangers = await solvedChallenge(stranger.client, concertId);
    expect(code(await join(fan.client, concertId, strangers.pow))).toEqual([422, "QUEUE_CHALLENGE_INVALID"]);

    const mine = await fan.client.get(`/api/v1/queue/challenge?concertId=${concertId}`);
    let wrong = 0;
    while (
      leadingZeroBits(
        createHash("sha256")
          .update(powInput(mine.json.nonce, String(wrong)))
          .digest(),
      ) >= 8
    )
      wrong++;
    expect(code(await join(fan.client, concertId, { nonce: mine.json.nonce, solution: String(wrong) }))).toEqual([
      422,
      "QUEUE_CHALLENGE_INVALID",
    ]);

    const expired = encodeNonce({ u: fan.id, c: concertId, d: 8, e: Date.now() - 1_000 });
    expect(code(await join(fan.client, concertId, { nonce: expired, solution: solve(expired, 8) }))).toEqual([
      410,
      "QUEUE_CHALLENGE_EXPIRED",
    ]);
    const [body] = mine.json.nonce.split(".");
    for (const nonce of ["garbage", `${body}.AAAA`, `${body}.${"A".repeat(43)}`, "a.b.c", "."]) {
      expect(code(await join(fan.client, concertId, { nonce, solution: "1" }))).toEqual([422, "QUEUE_CHALLENGE_INVALID"]);
    }
    // A control character never reaches the challenge check: the edge refuses it (docs/api.md, hostile input).
    expect(code(await join(fan.client, concertId, { nonce: "\u0000", solution: "1" }))).toEqual([400, "VALIDATION_FAILED"]);
    for (const pow of [
      { nonce: 1, solution: "1" },
      { nonce: "x" },
      "pow",
      [1],
      { nonce: "x", solution: "a b" },
      { nonce: "x".repeat(513), solution: "1" },
    ]) {
      expect(code(await join(fan.client, concertId, pow))).toEqual([400, "VALIDATION_FAILED"]);
    }
    expect(code(await fan.client.get("/api/v1/queue/challenge?concertId=no-such-concert"))).toEqual([404, "NOT_FOUND"]);
    expect(code(await fan.client.get("/api/v1/queue/challenge"))).toEqual([400, "VALIDATION_FAILED"]);
    expect(code(await new ApiClient(a.url).get(`/api/v1/queue/challenge?concertId=${concertId}`))).toEqual([401, "UNAUTHENTICATED"]);
    // The one correct solution still joins: nothing above used it up.
    expect((await join(fan.client, concertId, { nonce: mine.json.nonce, solution: solve(mine.json.nonce, 8) })).status).toBe(201);
    expect(await getDb().queueToken.count({ where: { userId: fan.id } })).toBe(1);
  });
});

describe("staff set a concert's difficulty", () => {
  const setDifficulty = (client: ApiClient, concertId: string, difficulty: number | null, reason = "Bots at the door") =>
    client.post(`/api/v1/admin/concerts/${concertId}/pow-difficulty`, { difficulty, reason });

  /** The other instance re-reads the setting within a second. */
  async function challengeOn(client: ApiClient, concertId: string, difficulty: number) {
    for (let i = 0; i < 40; i++) {
      const res = await client.get(`/api/v1/queue/challenge?concertId=${concertId}`);
      if (res.json.difficulty === difficulty) return res.json as { nonce: string; difficulty: number };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`difficulty never became ${difficulty}`);
  }

  // Older, easier challenges are refused after a raise.
  it("raising it takes effect on both instances, 0 turns it off, null restores the default; each change audited", async () => {
    const { concertId } = await makeSchedule(getDb());
    const early = await makeFan(getDb(), b.url);
    const easy = await solvedChallenge(early.client, concertId);

    const raised = await setDifficulty(staff, concertId, 12);
    expect(raised.json).toEqual({ concertId, difficulty: 12, effectiveDifficulty: 12, defaultDifficulty: 8 });
    expect((await staff.get(`/api/v1/admin/concerts/${concertId}/pow-difficulty`)).json.effectiveDifficulty).toBe(12);
    const fan = await makeFan(getDb(), a.url);
    const hard = await challengeOn(fan.client.on(b.url), concertId, 12);
    // Solved at 8 bits, now the concert asks for 12: get a new challenge.
    for (let i = 0; i < 40 && (await early.client.get(`/api/v1/queue/challenge?concertId=${concertId}`)).json.difficulty !== 12; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(code(await join(early.client, concertId, easy.pow))).toEqual([410, "QUEUE_CHALLENGE_EXPIRED"]);
    expect((await join(fan.client.on(b.url), concertId, { nonce: hard.nonce, solution: solve(hard.nonce, 12) })).status).toBe(201);

    expect((await setDifficulty(staff.on(b.url), concertId, 0, "Line is calm")).json.effectiveDifficulty).toBe(0);
    await challengeOn(early.client, concertId, 0);
    expect((await join(early.client.on(b.url), concertId)).status).toBe(201);

    expect((await setDifficulty(staff, concertId, null, "Back to normal")).json).toMatchObject({
      difficulty: null,
      effectiveDifficulty: 8,
    });
    const audit = await getDb().auditLog.findMany({
      where: { action: "SET_POW_DIFFICULTY" },
      orderBy: { createdAt: "asc" },
      select: { reason: true },
    });
    expect(audit.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^Bots at the door — .+: 12 bits$/),
      expect.stringMatching(/^Line is calm — .+: 0 bits$/),
      expect.stringMatching(/^Back to normal — .+: server default$/),
    ]);
  });

  it("fans cannot change it; bad values and unknown concerts are 4xx and change nothing", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url);
    expect(code(await setDifficulty(fan.client, concertId, 0))).toEqual([403, "FORBIDDEN"]);
    for (const difficulty of [33, -1, 1.5, "8"]) {
      expect(code(await staff.post(`/api/v1/admin/concerts/${concertId}/pow-difficulty`, { difficulty, reason: "Bots" }))).toEqual([
        400,
        "VALIDATION_FAILED",
      ]);
    }
    expect(code(await setDifficulty(staff, concertId, 10, ""))).toEqual([400, "VALIDATION_FAILED"]);
    expect(code(await setDifficulty(staff, "no-such-concert", 10))).toEqual([404, "NOT_FOUND"]);
    expect((await getDb().concert.findUniqueOrThrow({ where: { id: concertId } })).powDifficulty).toBeNull();
  });
});
