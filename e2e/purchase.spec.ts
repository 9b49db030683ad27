/**
 * The whole purchase, as a new fan: sign up → join the queue → admitted →
 * seat map → hold → top up → pay → receipt. Runs on the main server and books
 * PLAN.purchase (a date of its own, so no other flow takes its seats).
 */
import { balanceOf, newCredentials, transactionsOf } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { headerBalance, signUpWithForm, topUpWithForm } from "./fixtures/account-ui";
import { enterSeatMap, expectPaidAndOpenReceipt, holdFirstAvailableSeat, payButton, won } from "./fixtures/booking-ui";
import { PLAN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

test("a new fan signs up, queues, holds a seat, tops up, pays and gets a receipt", async ({ page }) => {
  const me = newCredentials("buyer");

  await test.step("sign up through the form", async () => {
    await signUpWithForm(page, me);
    await expect(headerBalance(page)).toHaveAccessibleName("Wallet balance ₩0");
  });

  await test.step("join the queue and get admitted to the seat map", async () => {
    await enterSeatMap(page, PLAN.purchase);
  });

  const seat = await test.step("hold the first free seat", () => holdFirstAvailableSeat(page));

  await test.step("top up the shortfall right on checkout", async () => {
    await expect(page.getByRole("heading", { name: "Top up to continue" })).toBeVisible();
    await expect(payButton(page)).toBeDisabled();
    await topUpWithForm(page, seat.price);
    await expect(headerBalance(page)).toHaveAccessibleName(`Wallet balance ${won(seat.price)}`);
    await expect(payButton(page)).toBeEnabled();
  });

  await test.step("pay and see the receipt", async () => {
    await payButton(page).click();
    await expectPaidAndOpenReceipt(page, seat);
  });

  // What the UI showed is what the server recorded: one receipt, money moved once.
  const receipts = await receiptsOf(page.request);
  expect(receipts).toHaveLength(1);
  expect(receipts[0]).toMatchObject({ amount: seat.price, seat: { label: seat.label } });
  expect(await balanceOf(page.request)).toBe(0);
  expect((await transactionsOf(page.request)).map((t) => t.type)).toEqual(["PAYMENT", "CHARGE"]);
});
