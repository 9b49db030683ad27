/**
 * Any device (issue 15 point 2): a fan holds a seat in one browser (the
 * "phone") and pays from another (the "laptop") that never joined the queue
 * there. The laptop has no `sp_queue` cookie: the server finds the fan's live
 * token (one per fan and concert) and sets the cookie. A fan without a live
 * token is told so, with a link to the queue, and Pay is off.
 */
import { signIn, topUp } from "./fixtures/api";
import { holdSeatOnMap, enterSeatMap, seatInfo, availableSeats, payButton, expectPaidAndOpenReceipt } from "./fixtures/booking-ui";
import { receiptsOf } from "./fixtures/booking-api";
import { expect, test, type Fan } from "./fixtures/test";
import type { Browser } from "@playwright/test";

/** The same account signed in in a browser context of its own: no cookies of the first. */
async function secondDevice(browser: Browser, baseURL: string | undefined, fan: Fan) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, fan);
  return { context, page: await context.newPage() };
}

test("a seat held on one device is paid from another", async ({ page, fan, browser, baseURL, show }) => {
  await topUp(fan.request, 300_000);
  await enterSeatMap(page, show);
  const seat = await seatInfo(availableSeats(page, "C").first());
  await holdSeatOnMap(page, seat.label);

  const laptop = await secondDevice(browser, baseURL, fan);
  try {
    expect((await laptop.context.cookies()).map((c) => c.name)).not.toContain("sp_queue");
    await laptop.page.goto("/bookings");
    await laptop.page.getByRole("link", { name: "Pay now" }).first().click();
    await expect(laptop.page.getByRole("heading", { level: 1, name: /checkout/i })).toBeVisible();
    await expect(laptop.page.getByTestId("pay-queue-link")).toHaveCount(0);
    await payButton(laptop.page).click();
    await expectPaidAndOpenReceipt(laptop.page, seat);
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
  await enterSeatMap(page, show);
  const seat = await seatInfo(availableSeats(page, "C").first());
  await holdSeatOnMap(page, seat.label);
  // The fan leaves the queue on the phone: the hold stays, but no live token is left.
  const cookie = (await page.context().cookies()).find((c) => c.name === "sp_queue");
  const token = (JSON.parse(decodeURIComponent(cookie!.value)) as Record<string, string>)[show.id]!;
  expect((await fan.request.delete(`/api/v1/queue/tokens/${token}`)).status()).toBe(204);

  const laptop = await secondDevice(browser, baseURL, fan);
  try {
    await laptop.page.goto("/bookings");
    await laptop.page.getByRole("link", { name: "Pay now" }).first().click();
    const link = laptop.page.getByTestId("pay-queue-link");
    await expect(link).toBeVisible();
    await expect(payButton(laptop.page)).toBeDisabled();
    await link.click();
    await expect(laptop.page).toHaveURL(new RegExp(`/concerts/${show.id}/queue`));
  } finally {
    await laptop.context.close();
  }
});
