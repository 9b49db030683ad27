/**
 * A hold runs out (short-hold server, HOLD_TTL_SECONDS=3) before the fan pays:
 * checkout says so, and no money moves. Books a show of its own.
 */
import { balanceOf } from "./fixtures/api";
import { receiptsOf, reservationsOf } from "./fixtures/booking-api";
import { availableSeats, enterSeatMap, holdSeatOnMap, payButton, seatButton, seatInfo } from "./fixtures/booking-ui";
import { SERVERS, SHORT_HOLD_SECONDS } from "./fixtures/servers";
import { localOnly } from "./fixtures/target";
import { expect, test } from "./fixtures/test";

test.use({ baseURL: SERVERS.shortHold.url });
localOnly("short-hold (HOLD_TTL_SECONDS=3)");

test("an expired hold cannot be paid and checkout says it expired", async ({ newFan, show }) => {
  const fan = await newFan({ balance: 200_000 });
  const { page } = fan;
  await enterSeatMap(page, show);
  const seat = await seatInfo(availableSeats(page).first());
  await holdSeatOnMap(page, seat.label);
  // Straight to checkout by its address: the map lists a hold only while it is
  // live, and 3 s is short on a busy machine.
  const reservation = (await reservationsOf(fan.request)).find((r) => r.seat.label === seat.label);
  expect(reservation, `reservation for ${seat.label}`).toBeDefined();
  await page.goto(`/checkout/${reservation!.id}`);

  // Let the hold run out (the one place where waiting is the point of the test).
  await page.waitForTimeout((SHORT_HOLD_SECONDS + 1) * 1000);
  // Checkout may already show the expiry by itself; if Pay is still offered, try it.
  const pay = payButton(page);
  if ((await pay.isVisible()) && (await pay.isEnabled())) await pay.click();
  await expect(page.getByRole("heading", { name: "Your hold has expired" })).toBeVisible();
  await expect(page.getByTestId("checkout-expired")).toContainText("You have not been charged");

  // The seat is free again for everyone, sweeper or not (this server runs none).
  await page.getByRole("link", { name: "Pick a seat again" }).click();
  await expect(seatButton(page, seat.label)).toHaveAccessibleName(/, available$/);

  expect(await balanceOf(fan.request)).toBe(200_000);
  expect(await receiptsOf(fan.request)).toHaveLength(0);
});
