/**
 * The whole purchase, as a new fan: sign up → join the queue → admitted →
 * seat map → hold → top up → pay → receipt, on a show of its own (`show`).
 * Written with the page objects (e2e/pages/): copy it to start a new flow.
 */
import { balanceOf, newCredentials, transactionsOf } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { signUpWithForm } from "./fixtures/account-ui";
import { expect, test } from "./fixtures/test";
import { CheckoutPage, ConcertPage, SeatMapPage, WalletPage } from "./pages";

test("a new fan signs up, queues, holds a seat, tops up, pays and gets a receipt", { tag: "@smoke" }, async ({ page, show }) => {
  const me = newCredentials("buyer");
  const concert = new ConcertPage(page);
  const seatMap = new SeatMapPage(page);
  const checkout = new CheckoutPage(page);
  const wallet = new WalletPage(page);

  await test.step("sign up through the form", async () => {
    await signUpWithForm(page, me);
    await wallet.expectHeaderBalance(0);
  });

  await test.step("join the queue and get admitted to the seat map", async () => {
    await concert.open(show);
    await concert.chooseSeats(show.date);
    await seatMap.expectOpen();
  });

  const seat = await test.step("hold the first free seat", () => seatMap.holdFirstAndCheckout());

  await test.step("top up the shortfall right on checkout", async () => {
    await checkout.expectTopUpNeeded();
    await checkout.topUp(seat.price);
    await wallet.expectHeaderBalance(seat.price);
  });

  await test.step("pay and see the receipt", async () => {
    await checkout.pay();
    await checkout.expectPaidAndOpenReceipt(seat);
  });

  // What the UI showed is what the server recorded: one receipt, money moved once.
  const receipts = await receiptsOf(page.request);
  expect(receipts).toHaveLength(1);
  expect(receipts[0]).toMatchObject({ amount: seat.price, seat: { label: seat.label } });
  expect(await balanceOf(page.request)).toBe(0);
  expect((await transactionsOf(page.request)).map((t) => t.type)).toEqual(["PAYMENT", "CHARGE"]);
});
