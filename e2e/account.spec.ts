/**
 * Accounts through the real forms: sign up, sign in, wrong password, taken
 * email, and a signed-out visit to a fan's page. Each test makes its own fan.
 */
import { createUser, newCredentials } from "./fixtures/api";
import { expect, test } from "./fixtures/test";
import { AuthForm, SiteHeader, WalletPage } from "./pages";

test("sign up with the form signs the new fan in", async ({ page }) => {
  const creds = newCredentials("signup");
  await (await new AuthForm(page).open("signUp")).signUp(creds);
  await expect(new SiteHeader(page).walletChip).toHaveAccessibleName("Wallet balance ₩0");
  const me = await page.request.get("/api/v1/me");
  expect(await me.json()).toMatchObject({ email: creds.email, name: creds.name, role: "USER" });
});

test("sign up with a taken email says so next to the email field", async ({ page }) => {
  const taken = await createUser(page.request, newCredentials("taken"));
  const form = await new AuthForm(page).open("signUp");
  await form.signUp({ ...newCredentials("again"), email: taken.email });
  const email = form.field(form.signUpForm, "email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/already|taken|exists/i);
  await expect(new SiteHeader(page).walletChip).toHaveCount(0);
});

test("sign in with the form; a wrong password is refused", { tag: "@smoke" }, async ({ page }) => {
  const account = await createUser(page.request, newCredentials("signin"));
  const form = await new AuthForm(page).open("signIn");
  const header = new SiteHeader(page);

  await form.signIn({ email: account.email, password: "wrong-password" });
  await expect(form.signInAlert).toContainText(/do not match/i);
  await expect(header.walletChip).toHaveCount(0);

  await form.signIn(account);
  await expect(header.walletChip).toBeVisible();
  await header.openAccountMenu(account.name);
  await expect(header.signedInAs(account.email)).toBeVisible();
});

test("a signed-out visit to the wallet goes to sign in and comes back after it", async ({ page }) => {
  const account = await createUser(page.request, newCredentials("return"));
  await page.goto("/wallet");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fwallet/);
  await new AuthForm(page).signIn(account);
  await expect(page).toHaveURL(/\/wallet$/);
  await expect(new WalletPage(page).heading).toBeVisible();
});
