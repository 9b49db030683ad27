/**
 * A hold runs out (short-hold server, HOLD_TTL_SECONDS=3) before the fan pays:
 * checkout says so, and no money moves. Books a show of its own.
 */
import { balanceOf } from "./fixtures/api";
import { receiptsOf, reservationsOf } from "./fixtures/booking-api";
import { SERVERS, SHORT_HOLD_SECONDS } from "./fixtures/servers";
import { localOnly } from "./fixtures/target";
import { expect, test } from "./fixtures/test";
import { CheckoutPage, SeatMapPage } from "./pages";

test.use({ baseURL: SERVERS.shortHold.url });
localOnly("short-hold (HOLD_TTL_SECONDS=3)");

test("an expired hold cannot be paid and checkout says it expired", async ({ newFan, show }) => {
  const fan = await newFan({ balance: 200_000 });
  const { page } = fan;
  const seatMap = await new SeatMapPage(page).enter(show);
  const seat = await seatMap.firstAvailable();
  await seatMap.hold(seat.label);
  // Straight to checkout by its address: the map lists a hold only while it is
  // live, and 3 s is short on a busy machine.
  const reservation = (await reservationsOf(fan.request)).find((r) => r.seat.label === seat.label);
  expect(reservation, `reservation for ${seat.label}`).toBeDefined();
  await page.goto(`/checkout/${reservation!.id}`);

  // Let the hold run out (the one place where waiting is the point of the test).
  await page.waitForTimeout((SHORT_HOLD_SECONDS + 1) * 1000);
  // Checkout may already show the expiry by itself; if Pay is still offered, try it.
  const checkout = new CheckoutPage(page);
  const pay = checkout.payButton;
  if ((await pay.isVisible()) && (await pay.isEnabled())) await pay.click();
  await expect(checkout.expiredHeading).toBeVisible();
  await expect(checkout.expiredNotice).toContainText("You have not been charged");

  // The seat is free again for everyone, sweeper or not (this server runs none).
  await checkout.pickAgain();
  await expect(seatMap.seat(seat.label)).toHaveAccessibleName(/, available$/);

  expect(await balanceOf(fan.request)).toBe(200_000);
  expect(await receiptsOf(fan.request)).toHaveLength(0);
});
