/**
 * The abuse limits (issue 13 point 4), over HTTP on two instances of one
 * database: sign-in lock-out per account and per client address, sign-ups
 * per address, queue joins per user. Servers a and b sit "behind a proxy"
 * (TRUST_PROXY_HEADERS=true), so each test poses as its own client address
 * through X-Forwarded-For; server c trusts only the socket.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeFan } from "@/test/support/booking";
import { ApiClient } from "@/test/support/client";
import { makeSchedule, makeUser, TEST_PASSWORD } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

const LOW = {
  SIGNIN_MAX_FAILURES: "3",
  SIGNIN_LOCKOUT_SECONDS: "900",
  SIGNUPS_PER_ADDRESS_PER_HOUR: "4",
  QUEUE_JOINS_PER_USER_PER_MINUTE: "3",
};

let a: AppServer;
let b: AppServer;
let c: AppServer;
beforeAll(async () => {
  const proxied = { ...LOW, TRUST_PROXY_HEADERS: "true" };
  [a, b, c] = (await startServers([proxied, proxied, LOW])) as [AppServer, AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), c.stop()]);
});

let last = 0;
const newAddress = () => `203.0.113.${++last}`;

/** A client at `address`: the proxy appended it after whatever the client itself wrote. */
function from(url: string, address: string): ApiClient {
  const client = new ApiClient(url);
  client.headers["x-forwarded-for"] = `198.51.100.1, ${address}`;
  return client;
}

async function signIn(url: string, address: string, email: string, password: string) {
  const client = from(url, address);
  const ok = await client.trySignIn(email, password);
  return { ok, res: client.lastSignIn! };
}

function expectLockedOut(res: { status: number; headers: Headers; json: { code?: string; url?: string } }) {
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json.code).toBe("RATE_LIMITED");
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(900);
  // next-auth's client reads the error from `url`; the sign-in form shows the wait from it.
  expect(new URL(res.json.url!).searchParams.get("error")).toBe(`RATE_LIMITED:${retryAfter}`);
}

describe("sign-in lock-out", () => {
  it("after 3 failures the 4th attempt gets 429 + Retry-After on either instance, even with the right password", async () => {
    const fan = await makeUser(getDb());
    const address = newAddress();
    for (let i = 0; i < 3; i++) {
      const { ok, res } = await signIn(i % 2 ? b.url : a.url, address, fan.email, "wrong-password");
      expect(ok).toBe(false);
      expect(res.status).toBe(401);
    }
    const late = await signIn(b.url, address, fan.email, TEST_PASSWORD);
    expect(late.ok).toBe(false);
    expectLockedOut(late.res);
    // The account is locked from any address …
    const elsewhere = await signIn(a.url, newAddress(), fan.email, TEST_PASSWORD);
    expect(elsewhere.ok).toBe(false);
    expectLockedOut(elsewhere.res);
    // … and the address for any account; another account from another address is untouched.
    const other = await makeUser(getDb());
    expectLockedOut((await signIn(a.url, address, other.email, TEST_PASSWORD)).res);
    expect((await signIn(b.url, newAddress(), other.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("of 8 parallel guesses at one account from 8 addresses exactly 3 are checked; a success forgets the failures", async () => {
    const fan = await makeUser(getDb());
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn(i % 2 ? b.url : a.url, newAddress(), fan.email, "wrong-password")),
    );
    expect(guesses.filter((g) => g.res.status === 401)).toHaveLength(3);
    expect(guesses.filter((g) => g.res.status === 429)).toHaveLength(5);

    const other = await makeUser(getDb());
    const address = newAddress();
    for (let i = 0; i < 2; i++) expect((await signIn(a.url, address, other.email, "wrong-password")).res.status).toBe(401);
    expect((await signIn(b.url, newAddress(), other.email, TEST_PASSWORD)).ok).toBe(true);
    // The account starts again from zero: two more failures and the right password still get in.
    for (let i = 0; i < 2; i++) expect((await signIn(a.url, newAddress(), other.email, "wrong-password")).res.status).toBe(401);
    expect((await signIn(b.url, newAddress(), other.email, TEST_PASSWORD)).ok).toBe(true);
  });
});

/** POST /api/v1/users from a chosen local address (fetch cannot pick one). */
function signUpFromSocket(url: string, localAddress: string): Promise<number> {
  const body = JSON.stringify({ email: `socket-${Math.random().toString(36).slice(2)}@test.local`, password: "flood-pass-1", name: "S" });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/v1/users`,
      { method: "POST", localAddress, headers: { "content-type": "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("sign-ups per address", () => {
  const signUp = (client: ApiClient, label: string) =>
    client.post("/api/v1/users", {
      email: `flood-${label}-${Math.random().toString(36).slice(2)}@test.local`,
      password: "flood-pass-1",
      name: "F",
    });

  it("6 parallel sign-ups from one address: exactly 4 accounts, 2 × 429 with Retry-After; another address is unaffected", async () => {
    const address = newAddress();
    const before = await getDb().user.count();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => signUp(from(i % 2 ? b.url : a.url, address), `p${i}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(2);
    for (const r of limited) {
      expect(r.json.code).toBe("RATE_LIMITED");
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(3_000);
    }
    expect(await getDb().user.count()).toBe(before + 4);
    expect((await signUp(from(a.url, newAddress()), "other")).status).toBe(201);
  });

  it("without TRUST_PROXY_HEADERS the socket's address counts: a forged X-Forwarded-For does not escape the limit", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signUp(from(c.url, newAddress()), `forged${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    // A client on another socket address (127.0.0.2, still loopback) has its own budget.
    expect(await signUpFromSocket(c.url, "127.0.0.2")).toBe(201);
  });
});

describe("queue joins per user", () => {
  it("the 4th join in a minute is 429 on either instance; of 6 parallel joins by another fan exactly 3 pass", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeFan(getDb(), a.url);
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await (i % 2 ? fan.client.on(b.url) : fan.client).post("/api/v1/queue/tokens", { concertId })).status);
    expect(statuses).toEqual([201, 200, 200, 429, 429]);
    const refused = await fan.client.post("/api/v1/queue/tokens", { concertId });
    expect(refused.json.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    const other = await makeFan(getDb(), b.url);
    const parallel = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? other.client.on(a.url) : other.client).post("/api/v1/queue/tokens", { concertId })),
    );
    expect(parallel.filter((r) => r.status === 429)).toHaveLength(3);
    expect(await getDb().queueToken.count({ where: { userId: other.id } })).toBe(1);
  });
});
