/**
 * Times follow the venue, not the device (issue 15 point 4): a fan whose
 * browser is in New York, reading in English, books a show of its own. Every
 * time on the way (the home page's card, the dates, the seat map's heading, checkout, the receipt,
 * My bookings, the wallet) is on the venue's clock, labelled with the venue's
 * zone because the viewer's differs, and the hold's countdown runs from the
 * hold's real end, not one shifted by the hours between the zones. Once for a
 * Seoul venue (every seeded one), once for a London one: the zone is the
 * venue's own, not a fixed Seoul.
 */
import type { Locator } from "@playwright/test";
import { topUp } from "./fixtures/api";
import { expect, test } from "./fixtures/test";
import { clock, zoneName } from "./fixtures/venue-clock";
import { CheckoutPage, ConcertPage, ReceiptsPage, SeatMapPage, WalletPage } from "./pages";

test.use({ timezoneId: "America/New_York", locale: "en-US" });

// The suite's shows start at 19:00 in Seoul (fixtures/catalogue-api.ts): 10:00 in London in winter, 05:00 in New York.
const VENUES = ["Asia/Seoul", "Europe/London"];

for (const zone of VENUES) {
  test.describe(`a venue in ${zone}`, () => {
    test.use({ showOptions: { timeZone: zone } });

    /** Each <time> in `where` shows its instant on the venue's clock, names the zone, and does not show New York's clock. */
    async function expectVenueTimes(where: Locator, what: string): Promise<void> {
      const times = where.locator("time[datetime]");
      await expect(times.first(), `${what}: a time is shown`).toBeVisible();
      for (const time of await times.all()) {
        const iso = (await time.getAttribute("datetime"))!;
        await expect(time, `${what}: ${iso}`).toContainText(`${clock(iso, zone)} (${await zoneName(time, iso, zone)})`);
        await expect(time, `${what}: ${iso}`).not.toContainText(clock(iso, "America/New_York"));
      }
    }

    test("a browser in New York sees every time on the venue's clock, labelled with the venue's zone", async ({ page, fan, show }) => {
      await topUp(fan.request, 200_000);
      const concert = new ConcertPage(page);
      const seatMap = new SeatMapPage(page);

      // The home page's card: "Next: …" (the walkthrough saw "Dec 4, 10:00 AM", unlabelled, for a 19:00 Seoul show).
      await page.goto("/");
      await expectVenueTimes(page.getByTestId("concert-card").filter({ hasText: show.title }), "the home page's card");
      await concert.open(show);
      const dates = page.getByRole("list", { name: "Available dates" });
      await expectVenueTimes(dates, "the concert's dates");

      await concert.chooseSeats(show.date);
      await seatMap.expectOpen();
      await expectVenueTimes(page.getByRole("heading", { level: 1 }).locator(".."), "the seat map's heading");
      const seat = await seatMap.firstAvailable();
      await seatMap.hold(seat.label);
      // A five-minute hold (HOLD_TTL_SECONDS default) reads 4:xx or 5:00, whatever the device's zone.
      await expect(seatMap.basketTimer).toHaveText(/^(4:[0-5]\d|5:00)$/);

      await seatMap.checkout(seat.label);
      await expectVenueTimes(page.getByRole("main"), "checkout");
      const checkout = new CheckoutPage(page);
      await checkout.pay();
      await checkout.expectPaidAndOpenReceipt(seat);
      const receipt = new ReceiptsPage(page).receipt;
      // The show's date and the moment of payment.
      await expect(receipt.locator("time[datetime]")).toHaveCount(2);
      await expectVenueTimes(receipt, "the receipt");

      await page.goto("/bookings");
      await expectVenueTimes(page.getByTestId("booking-list"), "My bookings");
      const wallet = await new WalletPage(page).open();
      await expectVenueTimes(wallet.history.first(), "the wallet's payment row");
    });
  });
}
