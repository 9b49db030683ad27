/**
 * A basket (issue 15 point 1): friends buy together. The seat map shows the
 * limit from the start, the basket of seats held on the date and its total;
 * one checkout pays them all in one payment, and one receipt lists them.
 */
import { balanceOf, signIn, topUp, transactionsOf } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { won } from "./fixtures/booking-ui";
import { ADMIN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { CheckoutPage, MyBookingsPage, ReceiptsPage, SeatMapPage, StaffBookingsPage } from "./pages";

test("three seats in one payment, one receipt listing the three", async ({ page, fan, browser, baseURL, show }) => {
  await topUp(fan.request, 600_000);
  const seatMap = await new SeatMapPage(page).enter(show);
  await expect(seatMap.ticketLimit).toContainText("up to 4 seats");
  await expect(seatMap.basketCount).toHaveText("0 of 4 seats");

  const seats = [];
  for (let i = 0; i < 3; i++) {
    const seat = await seatMap.firstAvailable();
    await seatMap.hold(seat.label);
    seats.push(seat);
  }
  const total = seats.reduce((sum, s) => sum + s.price, 0);
  await expect(seatMap.basketCount).toHaveText("3 of 4 seats");
  await expect(seatMap.basket).toContainText(won(total));
  await expect(seatMap.basketTimer).toHaveCount(1);

  await seatMap.checkout(seats[0]!.label);
  const checkout = new CheckoutPage(page);
  for (const s of seats) await expect(checkout.seats).toContainText(s.label);
  await expect(checkout.payButton).toHaveAccessibleName(`Pay ${won(total)}`);
  await checkout.pay();

  await expect(checkout.paidHeading).toBeVisible();
  await expect(checkout.paidSeats).toHaveCount(3);
  await checkout.openReceipt();
  const receipts = new ReceiptsPage(page);
  await expect(receipts.seats).toHaveCount(3);
  for (const s of seats) await expect(receipts.receipt).toContainText(s.label);
  await expect(receipts.receipt).toContainText(won(total));
  // The booking number, not a raw id, on the receipt and in My bookings.
  const number = await receipts.bookingNumber();
  const bookings = await new MyBookingsPage(page).open();
  await expect(bookings.bookingNumbers).toHaveCount(3);
  await expect(bookings.bookingNumbers.first()).toContainText(number);

  // Staff find the three seats by that number, typed in lower case.
  const staff = await browser.newContext({ baseURL });
  try {
    await signIn(staff.request, ADMIN);
    const desk = await new StaffBookingsPage(await staff.newPage()).open(number.toLowerCase());
    await expect(desk.bookingNumbers).toHaveCount(3);
    for (const s of seats) await expect(desk.table).toContainText(s.label);
  } finally {
    await staff.close();
  }

  // One payment on the server, one ledger row per seat, money moved once.
  const paid = await receiptsOf(fan.request);
  expect(paid).toHaveLength(1);
  expect(paid[0]!.amount).toBe(total);
  expect(await balanceOf(fan.request)).toBe(600_000 - total);
  expect((await transactionsOf(fan.request)).map((t) => t.type)).toEqual(["PAYMENT", "PAYMENT", "PAYMENT", "CHARGE"]);
});
