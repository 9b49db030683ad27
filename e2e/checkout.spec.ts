/**
 * Checkout's failure and retry paths, on the main server: a balance below the
 * price changes nothing, and a double-click on Pay charges once. Each test
 * books its own seat row of PLAN.lowBalance / PLAN.doublePay.
 */
import { balanceOf, transactionsOf } from "./fixtures/api";
import { receiptsOf, reservationsOf } from "./fixtures/booking-api";
import { enterSeatMap, holdFirstAvailableSeat, payButton } from "./fixtures/booking-ui";
import { PLAN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

test("paying with too little money says so and keeps the hold", async ({ newFan }) => {
  const fan = await newFan({ balance: 50_000 });
  const { page } = fan;
  await enterSeatMap(page, PLAN.lowBalance);
  const seat = await holdFirstAvailableSeat(page, PLAN.lowBalance.row);
  expect(seat.price).toBeGreaterThan(50_000);

  await payButton(page).click();
  await expect(page.getByRole("alert").filter({ hasText: /balance|not enough|insufficient/i })).toBeVisible();
  await expect(page.getByRole("link", { name: /top up/i }).first()).toBeVisible();

  // Nothing moved and the seat is still the fan's.
  expect(await balanceOf(fan.request)).toBe(50_000);
  expect(await receiptsOf(fan.request)).toHaveLength(0);
  const held = (await reservationsOf(fan.request)).filter((r) => r.status === "HELD");
  expect(held.map((r) => r.seat.label)).toEqual([seat.label]);
});

test("a double-click on Pay charges once", async ({ newFan }) => {
  const fan = await newFan({ balance: 500_000 });
  const { page } = fan;
  await enterSeatMap(page, PLAN.doublePay);
  const seat = await holdFirstAvailableSeat(page, PLAN.doublePay.row);

  await payButton(page).dblclick();
  await expect(page.getByRole("heading", { name: /receipt|payment (complete|confirmed)|you're going/i })).toBeVisible();

  expect(await receiptsOf(fan.request)).toHaveLength(1);
  expect(await balanceOf(fan.request)).toBe(500_000 - seat.price);
  expect((await transactionsOf(fan.request)).filter((t) => t.type === "PAYMENT")).toHaveLength(1);
});
