/**
 * A basket (issue 15 point 1): friends buy together. The seat map shows the
 * limit from the start, the basket of seats held on the date and its total;
 * one checkout pays them all in one payment, and one receipt lists them.
 */
import { balanceOf, signIn, topUp, transactionsOf } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { availableSeats, basket, enterSeatMap, goToCheckout, holdSeatOnMap, payButton, seatInfo, won } from "./fixtures/booking-ui";
import { ADMIN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

test("three seats in one payment, one receipt listing the three", async ({ page, fan, browser, baseURL, show }) => {
  await topUp(fan.request, 600_000);
  await enterSeatMap(page, show);
  await expect(page.getByTestId("ticket-limit")).toContainText("up to 4 seats");
  await expect(page.getByTestId("basket-count")).toHaveText("0 of 4 seats");

  const seats = [];
  for (let i = 0; i < 3; i++) {
    const seat = await seatInfo(availableSeats(page).first());
    await holdSeatOnMap(page, seat.label);
    seats.push(seat);
  }
  const total = seats.reduce((sum, s) => sum + s.price, 0);
  await expect(page.getByTestId("basket-count")).toHaveText("3 of 4 seats");
  await expect(basket(page)).toContainText(won(total));
  await expect(basket(page).getByRole("timer")).toHaveCount(1);

  await goToCheckout(page, seats[0]!.label);
  for (const s of seats) await expect(page.getByTestId("checkout-seats")).toContainText(s.label);
  await expect(payButton(page)).toHaveAccessibleName(`Pay ${won(total)}`);
  await payButton(page).click();

  await expect(page.getByRole("heading", { level: 1, name: /Payment complete/ })).toBeVisible();
  await expect(page.getByTestId("success-seats").getByRole("listitem")).toHaveCount(3);
  await page.getByRole("link", { name: "View receipt" }).click();
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByTestId("receipt-seats").getByRole("listitem")).toHaveCount(3);
  for (const s of seats) await expect(receipt).toContainText(s.label);
  await expect(receipt).toContainText(won(total));
  // The booking number, not a raw id, on the receipt and in My bookings.
  const number = (
    await receipt
      .getByText(/SP-[0-9A-Z]{4}-[0-9A-Z]{4}/)
      .first()
      .innerText()
  ).match(/SP-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
  await page.goto("/bookings");
  await expect(page.getByTestId("booking-number")).toHaveCount(3);
  await expect(page.getByTestId("booking-number").first()).toContainText(number);

  // Staff find the three seats by that number, typed in lower case.
  const staff = await browser.newContext({ baseURL });
  try {
    await signIn(staff.request, ADMIN);
    const desk = await staff.newPage();
    await desk.goto(`/admin/bookings?q=${number.toLowerCase()}`);
    await expect(desk.getByTestId("booking-number")).toHaveCount(3);
    for (const s of seats) await expect(desk.getByRole("table")).toContainText(s.label);
  } finally {
    await staff.close();
  }

  // One payment on the server, one ledger row per seat, money moved once.
  const receipts = await receiptsOf(fan.request);
  expect(receipts).toHaveLength(1);
  expect(receipts[0]!.amount).toBe(total);
  expect(await balanceOf(fan.request)).toBe(600_000 - total);
  expect((await transactionsOf(fan.request)).map((t) => t.type)).toEqual(["PAYMENT", "PAYMENT", "PAYMENT", "CHARGE"]);
});
