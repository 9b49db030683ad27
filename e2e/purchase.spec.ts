/**
 * The whole purchase, as a new fan: sign up → join the queue → admitted →
 * seat map → hold → top up → pay → receipt. Runs on the main server and books
 * PLAN.purchase (a date of its own, so no other flow takes its seats).
 */
import { balanceOf, newCredentials, transactionsOf } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { enterSeatMap, holdFirstAvailableSeat, payButton, won } from "./fixtures/booking-ui";
import { PLAN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

test("a new fan signs up, queues, holds a seat, tops up, pays and gets a receipt", async ({ page }) => {
  const me = newCredentials("buyer");

  await test.step("sign up through the form", async () => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill(me.name);
    await page.getByLabel("Email").fill(me.email);
    await page.getByLabel("Password").fill(me.password);
    await page.getByRole("button", { name: /sign up|create account/i }).click();
    await expect(page.getByRole("link", { name: /wallet balance/i })).toBeVisible();
  });

  await test.step("join the queue and get admitted to the seat map", async () => {
    await enterSeatMap(page, PLAN.purchase);
  });

  const seat = await test.step("hold the first free seat", () => holdFirstAvailableSeat(page));

  await test.step("top up the wallet from checkout", async () => {
    await page.getByRole("link", { name: /top up/i }).first().click();
    await page.getByLabel(/amount/i).fill(String(seat.price));
    await page.getByRole("button", { name: /^top up/i }).click();
    await expect(page.getByRole("link", { name: /wallet balance/i })).toHaveAccessibleName(new RegExp(won(seat.price)));
    await page.goBack();
  });

  await test.step("pay and see the receipt", async () => {
    await payButton(page).click();
    await expect(page.getByRole("heading", { name: /receipt|payment (complete|confirmed)|you're going/i })).toBeVisible();
    await expect(page.getByText(seat.label).first()).toBeVisible();
    await expect(page.getByText(won(seat.price)).first()).toBeVisible();
  });

  // What the UI showed is what the server recorded: one receipt, money moved once.
  const receipts = await receiptsOf(page.request);
  expect(receipts).toHaveLength(1);
  expect(receipts[0]).toMatchObject({ amount: seat.price, seat: { label: seat.label } });
  expect(await balanceOf(page.request)).toBe(0);
  expect((await transactionsOf(page.request)).map((t) => t.type)).toEqual(["PAYMENT", "CHARGE"]);
});
