/**
 * Sessions that really end (issue 14 points 3 and 4, issue 10 point 5), over
 * HTTP on two instances sharing the database: a cookie replayed after
 * sign-out, or after staff signed the fan out everywhere, no longer reads or
 * pays anywhere; a demoted admin loses staff reads; the API and the pages
 * agree on a session near its end.
 */
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiClient } from "@/test/support/client";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
const SECRET = process.env.AUTH_SECRET ?? "integration-tests-secret-0123456789";
// The other instances learn of a revocation within SESSION_CHECK_SECONDS (default 2 s).
const WITHIN = { timeout: 15_000, interval: 250 };

beforeAll(async () => {
  [a, b] = (await startServers([{}, {}])) as [AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

async function signedIn(server: AppServer, user: { email: string; password: string }): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.signIn(user.email, user.password);
  return client;
}

/** A page that sends the visitor to sign in: a 307, or (once streaming began) Next's redirect marker. */
function sendsToSignIn(res: { status: number; text: string; headers: Headers }): boolean {
  if (res.status === 307) return (res.headers.get("location") ?? "").includes("/signin");
  return /NEXT_REDIRECT[^"]*\/signin|__next-page-redirect/.test(res.text);
}

/** A copy of the client's cookies, as a thief would keep them. */
const stolen = (client: ApiClient, server: AppServer) => new ApiClient(server.url, new Map(client.cookies));

describe("sign-out", () => {
  it("ends the session: the old cookie no longer reads or tops up, on either instance", async () => {
    const user = await makeUser(getDb());
    const fan = await signedIn(a, user);
    const copyA = stolen(fan, a);
    const copyB = stolen(fan, b);
    expect((await copyB.get("/api/v1/me")).status).toBe(200);
    await fan.signOut();
    expect((await copyA.get("/api/v1/me")).status).toBe(401);
    const charge = await copyA.post("/api/v1/wallet/charges", { amount: 10_000 }, { "Idempotency-Key": "after-sign-out" });
    expect(charge.status).toBe(401);
    await expect.poll(async () => (await copyB.get("/api/v1/me")).status, WITHIN).toBe(401);
    expect((await copyB.post("/api/v1/wallet/charges", { amount: 10_000 })).status).toBe(401);
    expect(await getDb().walletTransaction.count({ where: { userId: user.id } })).toBe(0);
    // Signing in again works.
    expect((await (await signedIn(b, user)).get("/api/v1/me")).status).toBe(200);
  });
});

describe("staff sign a fan out everywhere", () => {
  it("ends every session of the fan on every instance, audited; staff only", async () => {
    const admin = await signedIn(a, await makeUser(getDb(), { role: "ADMIN" }));
    const user = await makeUser(getDb());
    const phone = await signedIn(a, user);
    const laptop = await signedIn(b, user);
    const path = `/api/v1/admin/users/${user.id}/sign-out`;
    expect((await phone.post(path, { reason: "fan signing themselves out" })).status).toBe(403);
    expect((await admin.post(path, { reason: "x" })).status).toBe(400);
    expect((await admin.post("/api/v1/admin/users/no-such-user/sign-out", { reason: "stolen phone" })).status).toBe(404);

    const res = await admin.post(path, { reason: "stolen phone, ticket 7" });
    expect([res.status, res.json]).toEqual([200, { userId: user.id, signedOut: true }]);
    expect((await phone.get("/api/v1/me")).status).toBe(401);
    await expect.poll(async () => (await laptop.get("/api/v1/me")).status, WITHIN).toBe(401);
    await expect.poll(async () => (await phone.on(b.url).get("/api/v1/wallet")).status, WITHIN).toBe(401);
    const audit = await admin.get("/api/v1/admin/audit-log");
    expect(audit.json.items[0]).toMatchObject({ action: "SIGN_OUT_USER" });
    expect(audit.json.items[0].reason).toContain("stolen phone, ticket 7");
  });
});

describe("a demoted admin", () => {
  it("loses staff reads on every instance at once, API and console", async () => {
    const staff = await makeUser(getDb(), { role: "ADMIN" });
    const buyer = await makeUser(getDb(), { balance: 500_000 });
    const { concertId, seatIds } = await makeSchedule(getDb());
    await buyAs(buyer.id, concertId, seatIds[0]!);
    const onA = await signedIn(a, staff);
    const onB = onA.on(b.url);
    for (const path of ["/api/v1/admin/bookings", "/api/v1/admin/stats", "/api/v1/admin/audit-log"]) {
      expect((await onB.get(path)).status).toBe(200);
    }
    expect((await onA.get("/admin/bookings", { accept: "text/html" })).text).toContain(buyer.email);
    await getDb().user.update({ where: { id: staff.id }, data: { role: "USER" } });
    for (const client of [onA, onB]) {
      for (const path of ["/api/v1/admin/bookings", "/api/v1/admin/stats", "/api/v1/admin/audit-log"]) {
        await expect.poll(async () => (await client.get(path)).status, WITHIN).toBe(403);
      }
      // Pages are rendered by their own copy of the modules, with its own few seconds of cache.
      await expect
        .poll(async () => (await client.get("/admin/bookings", { accept: "text/html" })).text.includes(buyer.email), WITHIN)
        .toBe(false);
      expect((await client.get("/admin/bookings", { accept: "text/html", "accept-language": "en" })).text).toContain("Staff only");
    }
  });
});

describe("one session reader", () => {
  it("the API and the pages agree on a session in its last minutes", async () => {
    const user = await makeUser(getDb());
    const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    const token = await encode({ secret: SECRET, maxAge: 120, token: { id: user.id, role: "USER", sv: sessionVersion } });
    const client = new ApiClient(a.url, new Map([["next-auth.session-token", token]]));
    expect((await client.get("/api/v1/me")).json).toMatchObject({ id: user.id });
    const page = await client.get("/wallet", { accept: "text/html" });
    expect(page.status).toBe(200);
    expect(sendsToSignIn(page)).toBe(false);
  });

  it("an expired session is anonymous to both", async () => {
    const user = await makeUser(getDb());
    const token = await encode({ secret: SECRET, maxAge: -10, token: { id: user.id, role: "USER", sv: 0 } });
    const client = new ApiClient(a.url, new Map([["next-auth.session-token", token]]));
    expect((await client.get("/api/v1/me")).status).toBe(401);
    expect(sendsToSignIn(await client.get("/wallet", { accept: "text/html" }))).toBe(true);
  });
});
