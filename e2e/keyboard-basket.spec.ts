/**
 * Keyboard only (issue 15 points 9 and 7): a fan without a mouse opens a
 * concert, picks three seats with the arrow keys and Enter, and pays for the
 * basket in one payment. The seat grid is one Tab stop (roving tabindex): Tab
 * enters it at one seat and the next Tab leaves it, however many seats it has.
 */
import { topUp } from "./fixtures/api";
import { payButton } from "./fixtures/booking-ui";
import { isFocused, tabTo } from "./fixtures/keyboard";
import { expect, test } from "./fixtures/test";
import { SeatMapPage } from "./pages";

test("keyboard only: three seats in one payment, the seat grid one Tab stop", async ({ page, fan, show }) => {
  await topUp(fan.request, 600_000);
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: show.title }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: show.title })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: /^Choose seats for / }).nth(show.date));
  await page.keyboard.press("Enter");

  const map = await new SeatMapPage(page).expectOpen();
  await expect(map.tabStops).toHaveCount(1);
  await tabTo(page, map.tabStops);
  const first = await map.focusedSeat();
  expect(first).not.toBeNull();
  // One Tab leaves the grid of 50 seats; Shift+Tab comes back to the same seat.
  await page.keyboard.press("Tab");
  expect(await map.focusedSeat()).toBeNull();
  await page.keyboard.press("Shift+Tab");
  expect(await map.focusedSeat()).toBe(first);

  // Enter holds the focused seat; arrows move right and down.
  const picked: string[] = [];
  for (const move of [null, "ArrowRight", "ArrowDown"] as const) {
    if (move) await page.keyboard.press(move);
    const label = (await map.focusedSeat())!;
    expect(picked).not.toContain(label);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("basket-seats")).toContainText(`Seat ${label}`);
    picked.push(label);
  }
  await expect(page.getByTestId("basket-count")).toHaveText("3 of 4 seats");
  // Still one Tab stop: the seat focused last.
  await expect(map.tabStops).toHaveCount(1);
  expect(await isFocused(map.tabStops)).toBe(true);

  // One timer for the basket, and it counts the real hold down.
  await expect(map.basketTimer).toHaveCount(1);
  const shown = await map.basketTimer.innerText();
  await expect(map.basketTimer).not.toHaveText(shown);

  await tabTo(page, map.checkoutLink);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /checkout/i })).toBeVisible();
  for (const label of picked) await expect(page.getByTestId("checkout-seats")).toContainText(label);
  await tabTo(page, payButton(page));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: /Payment complete/ })).toBeVisible();
  await expect(page.getByTestId("success-seats").getByRole("listitem")).toHaveCount(3);
  await tabTo(page, page.getByRole("link", { name: "View receipt" }));
  await page.keyboard.press("Enter");
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByTestId("receipt-seats").getByRole("listitem")).toHaveCount(3);
  for (const label of picked) await expect(receipt).toContainText(label);
});
