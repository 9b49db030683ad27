/** The wallet page: top up through the form, see the balance and the ledger. */
import { balanceOf, transactionsOf } from "./fixtures/api";
import { expect, test } from "./fixtures/test";
import { WalletPage } from "./pages";

test("a fan tops up and sees the new balance and the top-up in the history", async ({ fan, page }) => {
  const wallet = await new WalletPage(page).open();
  await expect(wallet.balance).toHaveText("₩0");

  await wallet.topUp(25_000);
  await expect(wallet.toppedUp(25_000)).toBeVisible();
  await expect(wallet.balance).toHaveText("₩25,000");
  await wallet.expectHeaderBalance(25_000);
  await expect(wallet.history).toHaveCount(1);
  await expect(wallet.history.first()).toContainText(/Top-up.*\+₩25,000/s);

  expect(await balanceOf(fan.request)).toBe(25_000);
  expect(await transactionsOf(fan.request)).toHaveLength(1);
});

test("an amount below the minimum is refused next to the field and charges nothing", async ({ fan, page }) => {
  const wallet = await new WalletPage(page).open();
  await wallet.topUp(500);
  await expect(wallet.amountField).toHaveAttribute("aria-invalid", "true");
  await expect(wallet.chargeError).toContainText(/1,000|at least|minimum/i);
  expect(await balanceOf(fan.request)).toBe(0);
});
