/**
 * Times follow the venue, not the device (issue 15 point 4): a fan whose
 * browser is in New York, reading in English, books a Seoul show of its own.
 * Every time on the way (the dates, the seat map's heading, checkout, the
 * receipt, My bookings, the wallet) is Seoul's clock, labelled "Korea time"
 * because the viewer's zone differs, and the hold's countdown runs from the
 * hold's real end, not one shifted by the 14 hours between the two zones.
 */
import type { Locator } from "@playwright/test";
import { topUp } from "./fixtures/api";
import { expect, test } from "./fixtures/test";
import { CheckoutPage, ConcertPage, ReceiptsPage, SeatMapPage, WalletPage } from "./pages";

test.use({ timezoneId: "America/New_York", locale: "en-US" });

/** "19:00" for an instant in a zone, computed here rather than by the app's formatter. */
const clock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/** Each <time> in `where` shows its instant on Seoul's clock, says so, and does not show New York's. */
async function expectSeoulTimes(where: Locator, what: string): Promise<void> {
  const times = where.locator("time[datetime]");
  await expect(times.first(), `${what}: a time is shown`).toBeVisible();
  for (const time of await times.all()) {
    const iso = (await time.getAttribute("datetime"))!;
    await expect(time, `${what}: ${iso}`).toContainText(`${clock(iso, "Asia/Seoul")} (Korea time)`);
    await expect(time, `${what}: ${iso}`).not.toContainText(clock(iso, "America/New_York"));
  }
}

test("a browser in New York sees every time on Seoul's clock, labelled as Korea time", async ({ page, fan, show }) => {
  await topUp(fan.request, 200_000);
  const concert = new ConcertPage(page);
  const seatMap = new SeatMapPage(page);

  await concert.open(show);
  const dates = page.getByRole("list", { name: "Available dates" });
  // The suite's shows start at 19:00 in Seoul, 05:00 in New York (fixtures/catalogue-api.ts).
  await expect(dates.getByRole("listitem").first()).toContainText("19:00 (Korea time)");
  await expectSeoulTimes(dates, "the concert's dates");

  await concert.chooseSeats(show.date);
  await seatMap.expectOpen();
  await expectSeoulTimes(page.getByRole("heading", { level: 1 }).locator(".."), "the seat map's heading");
  const seat = await seatMap.firstAvailable();
  await seatMap.hold(seat.label);
  // A five-minute hold (HOLD_TTL_SECONDS default) reads 4:xx or 5:00, whatever the device's zone.
  await expect(seatMap.basketTimer).toHaveText(/^(4:[0-5]\d|5:00)$/);

  await seatMap.checkout(seat.label);
  await expectSeoulTimes(page.getByRole("main"), "checkout");
  await new CheckoutPage(page).pay();
  await new CheckoutPage(page).expectPaidAndOpenReceipt(seat);
  const receipt = new ReceiptsPage(page).receipt;
  await expect(receipt).toContainText("19:00 (Korea time)");
  // The date and the moment of payment.
  await expect(receipt.locator("time[datetime]")).toHaveCount(2);
  await expectSeoulTimes(receipt, "the receipt");

  await page.goto("/bookings");
  await expectSeoulTimes(page.getByTestId("booking-list"), "My bookings");
  const wallet = await new WalletPage(page).open();
  await expectSeoulTimes(wallet.history.first(), "the wallet's payment row");
});
