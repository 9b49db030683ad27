/**
 * Screenshots of the main pages for the README, at desktop (1280×800) and
 * phone (390×844) widths: docs/screenshots/<page>-<project>.png. Runs in both
 * projects. They picture the seeded demo concerts (scripts/lib/seed.ts), as a
 * new user of `npm run demo` sees them, so they run only on the suite's own
 * servers; no other flow books those concerts.
 *
 * The opening's pictures (the countdown, the staff's queue controls) picture
 * a show of the test's own with a scheduled opening, as no seeded concert
 * stays before its opening for long.
 *
 * It is a test like the others: each page must show what it is for before the
 * picture is taken.
 */
import { chooseDate, expectPaidAndOpenReceipt, expectSeatMap, holdFirstAvailableSeat, openConcert, payButton } from "./fixtures/booking-ui";
import { bookViaApi } from "./fixtures/book-via-api";
import { joinQueue } from "./fixtures/booking-api";
import { moveOpening, secondsFromNow } from "./fixtures/catalogue-api";
import { queueCounter } from "./fixtures/queue-controls-api";
import { MAIN_URL } from "./fixtures/servers";
import { snap } from "./fixtures/snap";
import { localOnly } from "./fixtures/target";
import { expect, test } from "./fixtures/test";
import { ConcertPage } from "./pages";

localOnly("seeded demo data (README screenshots picture it)");

/** Seeded concerts: the booking on Aurora Nights' third date, the staff table's booking on Neon Tide's second. */
const BOOKING = { id: "aurora-nights", title: "Aurora Nights", date: 2 };
const STAFF_BOOKING = { id: "neon-tide", date: 1 };

test("screenshots of the signed-out pages", async ({ page }, info) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Concerts" }).getByRole("listitem").first()).toBeVisible();
  await snap(page, info, "home");

  await page.goto("/signup");
  await expect(page.getByRole("form", { name: "Create account" })).toBeVisible();
  await snap(page, info, "sign-up");
});

test("screenshots of a booking, from the concert page to the receipt", async ({ newFan }, info) => {
  const fan = await newFan({ balance: 500_000, label: "shots" });
  const { page } = fan;

  await openConcert(page, BOOKING.title);
  await snap(page, info, "concert");

  await chooseDate(page, BOOKING.date);
  await expectSeatMap(page);
  await snap(page, info, "seat-map");

  // The desktop and phone projects book the same seeded date side by side: a row each, so neither
  // picks the seat the other has just taken (the loser is told so, and the shot would show that).
  const seat = await holdFirstAvailableSeat(page, info.project.name === "phone" ? "B" : "A");
  await expect(payButton(page)).toBeVisible();
  await snap(page, info, "checkout");

  await payButton(page).click();
  await expectPaidAndOpenReceipt(page, seat);
  await snap(page, info, "receipt");

  await page.goto("/wallet");
  await expect(page.getByRole("list", { name: "Transactions" }).getByRole("listitem")).toHaveCount(2);
  await snap(page, info, "wallet");
});

test("screenshots of the staff console", async ({ admin, newFan }, info) => {
  // One confirmed booking so the table is not empty.
  const fan = await newFan({ balance: 200_000, label: "shots-staff" });
  await bookViaApi(fan, MAIN_URL, STAFF_BOOKING);

  const { page } = admin;
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Staff console" })).toBeVisible();
  await snap(page, info, "admin-overview");

  await page.goto("/admin/bookings");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: fan.email })).toBeVisible();
  await snap(page, info, "admin-bookings");
});

test.describe("a scheduled opening", () => {
  test.use({ showOptions: { opensInSeconds: 20 * 60 } });

  test("screenshots of the countdown and of the staff's queue controls", async ({ admin, newFan, show, staffApi }, info) => {
    // Three fans wait in the pre-queue, so the draw has someone to place.
    for (const label of ["early-1", "early-2", "early-3"]) {
      const fan = await newFan({ label: `shots-${label}` });
      expect((await joinQueue(fan.request, MAIN_URL, show.id)).status).toBe("WAITING");
    }
    const { page } = admin;
    const concert = new ConcertPage(page);
    await concert.open(show);
    await concert.expectCountdown();
    await snap(page, info, "countdown");

    // The opening comes: the first read after it draws the pre-queue, and staff see the draw's seed, checked.
    await moveOpening(staffApi, show.id, secondsFromNow(3));
    await expect.poll(async () => (await queueCounter(staffApi, show.id)).phase, { timeout: 20_000 }).toBe("OPEN");
    await page.goto(`/admin/queue/${show.id}`);
    await expect(page.getByTestId("shuffle-verified")).toHaveText("✓ Every place follows from the seed (recomputed now).");
    await snap(page, info, "queue-controls");
  });
});
