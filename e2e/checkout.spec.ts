/**
 * Checkout's failure and retry paths, on the main server: a balance below the
 * price changes nothing, and a double-click on Pay charges once. Each test
 * books on a show of its own.
 */
import { balanceOf, transactionsOf } from "./fixtures/api";
import { receiptsOf, reservationsOf } from "./fixtures/booking-api";
import { won } from "./fixtures/booking-ui";
import { expect, test } from "./fixtures/test";
import { CheckoutPage, SeatMapPage } from "./pages";

test("too little money: checkout asks for a top-up, and paying anyway moves nothing", async ({ newFan, show }) => {
  const fan = await newFan({ balance: 50_000 });
  const { page } = fan;
  const seat = await (await new SeatMapPage(page).enter(show)).holdFirstAndCheckout();
  expect(seat.price).toBeGreaterThan(50_000);

  const checkout = new CheckoutPage(page);
  await expect(checkout.topUpHeading).toBeVisible();
  await expect(checkout.inlineTopUp).toContainText(`You need ${won(seat.price - 50_000)} more`);
  await expect(checkout.payButton).toBeDisabled();

  // A client that pays anyway (the page's own session and queue cookie) is refused with 402.
  const res = await fan.request.post("/api/v1/payments", { data: { reservationId: checkout.reservationId } });
  expect(res.status()).toBe(402);
  expect(((await res.json()) as { code: string }).code).toBe("INSUFFICIENT_BALANCE");

  // Nothing moved and the seat is still the fan's.
  expect(await balanceOf(fan.request)).toBe(50_000);
  expect(await receiptsOf(fan.request)).toHaveLength(0);
  const held = (await reservationsOf(fan.request)).filter((r) => r.status === "HELD");
  expect(held.map((r) => r.seat.label)).toEqual([seat.label]);
  await page.reload();
  await expect(checkout.countdown).toBeVisible();
  // One clock for the hold: the site's hold banner leaves this hold to the checkout card.
  await expect(checkout.timers).toHaveCount(1);
  await expect(checkout.holdBannerCountdown).toHaveCount(0);

  // Its success page is a real 404 while it is unpaid (checked before any streaming).
  expect((await fan.request.get(`/checkout/${checkout.reservationId}/success`)).status()).toBe(404);
});

test("a double-click on Pay charges once", async ({ newFan, show }) => {
  const fan = await newFan({ balance: 500_000 });
  const seat = await (await new SeatMapPage(fan.page).enter(show)).holdFirstAndCheckout();
  const checkout = new CheckoutPage(fan.page);

  await checkout.payButton.dblclick();
  await checkout.expectPaidAndOpenReceipt(seat);

  expect(await receiptsOf(fan.request)).toHaveLength(1);
  expect(await balanceOf(fan.request)).toBe(500_000 - seat.price);
  expect((await transactionsOf(fan.request)).filter((t) => t.type === "PAYMENT")).toHaveLength(1);
});
