/**
 * The nonce Content-Security-Policy (proxy.ts) lets Next's own scripts run:
 * a fan signs up through the client-side form (only a hydrated page can) and
 * walks a few pages, and the browser reports no CSP violation on any of them.
 */
import type { Page } from "@playwright/test";
import { newCredentials } from "./fixtures/api";
import { expect, test } from "./fixtures/test";
import { AuthForm, SiteHeader } from "./pages";

async function violationsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test("pages hydrate under the nonce CSP with no violation", async ({ page }) => {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/content security policy|refused to (execute|load|apply)/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp = [...(w.__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });

  const response = await page.goto("/signup");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await new AuthForm(page).signUp(newCredentials("csp"));
  await expect(new SiteHeader(page).walletChip).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  for (const path of ["/", "/wallet", "/bookings", "/receipts"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violationsOn(page), path).toEqual([]);
  }
  expect(console).toEqual([]);
});
