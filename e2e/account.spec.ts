/**
 * Accounts through the real forms: sign up, sign in, wrong password, taken
 * email, and a signed-out visit to a fan's page. Each test makes its own fan.
 */
import { createUser, newCredentials } from "./fixtures/api";
import { headerBalance, signInWithForm, signUpWithForm } from "./fixtures/account-ui";
import { expect, test } from "./fixtures/test";

test("sign up with the form signs the new fan in", async ({ page }) => {
  const creds = newCredentials("signup");
  await signUpWithForm(page, creds);
  await expect(headerBalance(page)).toHaveAccessibleName("Wallet balance ₩0");
  const me = await page.request.get("/api/v1/me");
  expect(await me.json()).toMatchObject({ email: creds.email, name: creds.name, role: "USER" });
});

test("sign up with a taken email says so next to the email field", async ({ page }) => {
  const taken = await createUser(page.request, newCredentials("taken"));
  await signUpWithForm(page, { ...newCredentials("again"), email: taken.email });
  const email = page.getByRole("form", { name: "Create account" }).getByLabel("Email", { exact: true });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/already|taken|exists/i);
  await expect(headerBalance(page)).toHaveCount(0);
});

test("sign in with the form; a wrong password is refused", { tag: "@smoke" }, async ({ page }) => {
  const account = await createUser(page.request, newCredentials("signin"));

  await signInWithForm(page, { email: account.email, password: "wrong-password" });
  // Scoped to the form: Next.js keeps an empty route announcer with role="alert" on every page.
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(/do not match/i);
  await expect(headerBalance(page)).toHaveCount(0);

  await signInWithForm(page, account, "");
  await expect(headerBalance(page)).toBeVisible();
  await page.getByRole("button", { name: `Account menu for ${account.name}` }).click();
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
});

test("a signed-out visit to the wallet goes to sign in and comes back after it", async ({ page }) => {
  const account = await createUser(page.request, newCredentials("return"));
  await page.goto("/wallet");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fwallet/);
  await signInWithForm(page, account, "");
  await expect(page).toHaveURL(/\/wallet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wallet" })).toBeVisible();
});
