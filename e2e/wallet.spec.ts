/** The wallet page: top up through the form, see the balance and the ledger. */
import { balanceOf, transactionsOf } from "./fixtures/api";
import { headerBalance, topUpWithForm } from "./fixtures/account-ui";
import { expect, test } from "./fixtures/test";

test("a fan tops up and sees the new balance and the top-up in the history", async ({ fan, page }) => {
  await page.goto("/wallet");
  await expect(page.getByTestId("wallet-balance")).toHaveText("₩0");

  await topUpWithForm(page, 25_000);
  await expect(page.getByRole("status").filter({ hasText: "Added ₩25,000" })).toBeVisible();
  await expect(page.getByTestId("wallet-balance")).toHaveText("₩25,000");
  await expect(headerBalance(page)).toHaveAccessibleName("Wallet balance ₩25,000");
  const history = page.getByRole("list", { name: "Transactions" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem").first()).toContainText(/Top-up.*\+₩25,000/s);

  expect(await balanceOf(fan.request)).toBe(25_000);
  expect(await transactionsOf(fan.request)).toHaveLength(1);
});

test("an amount below the minimum is refused next to the field and charges nothing", async ({ fan, page }) => {
  await page.goto("/wallet");
  await topUpWithForm(page, 500);
  const amount = page.getByLabel("Custom amount (won)");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("charge-error")).toContainText(/1,000|at least|minimum/i);
  expect(await balanceOf(fan.request)).toBe(0);
});
