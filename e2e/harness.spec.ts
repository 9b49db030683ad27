/**
 * The harness itself: fixtures create and sign in users without the form, the
 * session works on both servers, and a signed-out browser is not signed in.
 */
import { balanceOf, createUser, newCredentials, signIn } from "./fixtures/api";
import { MAIN_URL, SERVERS } from "./fixtures/servers";
import { IS_REMOTE } from "./fixtures/target";
import { expect, test } from "./fixtures/test";

test("a fixture fan is signed in in the browser and can top up", async ({ fan, page }) => {
  const session = await page.request.get("/api/auth/session");
  expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(fan.email);

  const me = await page.request.get("/api/v1/me");
  expect(await me.json()).toMatchObject({ email: fan.email, role: "USER", balance: 0 });

  const res = await page.request.post("/api/v1/wallet/charges", { data: { amount: 50_000 } });
  expect(res.status()).toBe(201);
  expect(await balanceOf(page.request)).toBe(50_000);
});

test("one session cookie works on every server", async ({ fan, page }) => {
  // A remote target is one address (its instances share the session secret behind it).
  const urls = IS_REMOTE ? [MAIN_URL] : Object.values(SERVERS).map((s) => s.url);
  for (const url of urls) {
    const me = await page.request.get(`${url}/api/v1/me`);
    expect(me.status(), url).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(fan.email);
  }
});

test("a wrong password does not sign in", async ({ page }) => {
  const account = await createUser(page.request, newCredentials());
  await expect(signIn(page.request, { email: account.email, password: "not-the-password" })).rejects.toThrow(/sign-in/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});
