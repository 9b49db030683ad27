/**
 * Any device (issue 15 point 2): a fan holds a seat in one browser (the
 * "phone") and pays from another (the "laptop") that never joined the queue
 * there. The laptop has no `sp_queue` cookie: the server finds the fan's live
 * token (one per fan and concert) and sets the cookie. A fan without a live
 * token is told so, with a link to the queue, and Pay is off.
 */
import { signIn, topUp } from "./fixtures/api";
import { receiptsOf } from "./fixtures/booking-api";
import { expect, test, type Fan } from "./fixtures/test";
import type { Browser } from "@playwright/test";
import { CheckoutPage, MyBookingsPage, SeatMapPage } from "./pages";

/** The same account signed in in a browser context of its own: no cookies of the first. */
async function secondDevice(browser: Browser, baseURL: string | undefined, fan: Fan) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, fan);
  const page = await context.newPage();
  return { context, page, checkout: new CheckoutPage(page), bookings: new MyBookingsPage(page) };
}

test("a seat held on one device is paid from another", async ({ page, fan, browser, baseURL, show }) => {
  await topUp(fan.request, 300_000);
  const seatMap = await new SeatMapPage(page).enter(show);
  const seat = await seatMap.firstAvailable("C");
  await seatMap.hold(seat.label);

  const laptop = await secondDevice(browser, baseURL, fan);
  try {
    expect((await laptop.context.cookies()).map((c) => c.name)).not.toContain("sp_queue");
    await (await laptop.bookings.open()).payNow();
    await expect(laptop.checkout.heading).toBeVisible();
    await expect(laptop.checkout.queueLink).toHaveCount(0);
    await laptop.checkout.pay();
    await laptop.checkout.expectPaidAndOpenReceipt(seat);
    // The laptop now remembers the token the server found.
    expect((await laptop.context.cookies()).map((c) => c.name)).toContain("sp_queue");
  } finally {
    await laptop.context.close();
  }
  const receipts = await receiptsOf(fan.request);
  expect(receipts.map((r) => r.seat.label)).toEqual([seat.label]);
});

test("without a live place in the queue, checkout links to the queue and Pay is off", async ({ page, fan, browser, baseURL, show }) => {
  await topUp(fan.request, 300_000);
  const seatMap = await new SeatMapPage(page).enter(show);
  const seat = await seatMap.firstAvailable("C");
  await seatMap.hold(seat.label);
  // The fan leaves the queue on the phone: the hold stays, but no live token is left.
  const cookie = (await page.context().cookies()).find((c) => c.name === "sp_queue");
  const token = (JSON.parse(decodeURIComponent(cookie!.value)) as Record<string, string>)[show.id]!;
  expect((await fan.request.delete(`/api/v1/queue/tokens/${token}`)).status()).toBe(204);

  const laptop = await secondDevice(browser, baseURL, fan);
  try {
    await (await laptop.bookings.open()).payNow();
    await expect(laptop.checkout.queueLink).toBeVisible();
    await expect(laptop.checkout.payButton).toBeDisabled();
    await laptop.checkout.queueLink.click();
    await expect(laptop.page).toHaveURL(new RegExp(`/concerts/${show.id}/queue`));
  } finally {
    await laptop.context.close();
  }
});
