/**
 * The staff console: finding a fan's booking by email, refunding it (the fan
 * sees the refund in the wallet), exporting the filtered bookings as CSV, and
 * the console staying closed to fans. Bookings are set up through the API on
 * the test's own show; each test has its own fans, and filters by their
 * unique emails.
 */
import { readFile } from "node:fs/promises";
import { bookViaApi } from "./fixtures/book-via-api";
import { balanceOf } from "./fixtures/api";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { ReceiptsPage, SiteHeader, StaffBookingsPage, WalletPage } from "./pages";

test(
  "an admin finds a fan's booking by email and refunds it; the fan sees the refund",
  { tag: "@smoke" },
  async ({ admin, newFan, show }) => {
    const fan = await newFan({ label: "refund", balance: 200_000 });
    const booking = await bookViaApi(fan, MAIN_URL, show);
    expect(await balanceOf(fan.request)).toBe(200_000 - booking.price);

    const bookings = await new StaffBookingsPage(admin.page).search(fan.email);
    // Staff pages have the staff header, not the fan's wallet chip and bookings link.
    const header = new SiteHeader(admin.page);
    await expect(header.publicSiteLink).toBeVisible();
    await expect(header.signOutButton).toBeVisible();
    await expect(header.walletChip).toHaveCount(0);
    await expect(header.myBookingsLink).toHaveCount(0);
    const row = bookings.row(fan.email);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(booking.seatLabel);
    await expect(row).toContainText(/confirmed/i);

    await bookings.refund(fan.email, "E2E: fan cannot attend");
    // The outcome is shown outside the row, which loses its button, and takes the keyboard focus.
    await expect(bookings.outcome).toHaveRole("status");
    await expect(bookings.outcome).toContainText(`Refunded ₩${booking.price.toLocaleString("ko-KR")}`);
    await expect(bookings.outcome).toBeFocused();
    // The page refreshes and the row re-renders as refunded.
    await expect(row.getByRole("cell", { name: "cancelled" })).toBeVisible();
    await expect(row.getByRole("cell", { name: "refunded" })).toBeVisible();
    await expect(row.getByRole("button", { name: "Refund" })).toHaveCount(0);

    // The fan's wallet: money back, and a Refund line in the history.
    const wallet = await new WalletPage(fan.page).open();
    await expect(wallet.balance).toHaveText("₩200,000");
    await expect(wallet.history.first()).toContainText(/Refund/);
    await expect(wallet.history.first()).toContainText(`+₩${booking.price.toLocaleString("en-US")}`);
    expect(await balanceOf(fan.request)).toBe(200_000);

    // And the receipt says so.
    const receipts = await new ReceiptsPage(fan.page).open(booking.paymentId);
    await expect(receipts.receipt).toContainText("Refunded");
  },
);

test("CSV export downloads the filtered bookings only", async ({ admin, newFan, show }) => {
  const wanted = await newFan({ label: "csv-wanted", balance: 200_000 });
  const other = await newFan({ label: "csv-other", balance: 200_000 });
  const booking = await bookViaApi(wanted, MAIN_URL, show);
  await bookViaApi(other, MAIN_URL, show);

  const bookings = await new StaffBookingsPage(admin.page).search(wanted.email);
  const download = await bookings.exportCsv();
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path(), "utf8");

  const lines = csv.trim().split(/\r?\n/);
  expect(lines.length, csv).toBe(2); // header + the one matching booking
  expect(lines[0]).toMatch(/email/i);
  expect(lines[1]).toContain(wanted.email);
  expect(lines[1]).toContain(booking.seatLabel);
  expect(csv).not.toContain(other.email);
});

test("a fan cannot open the staff console, and a visitor is asked to sign in", async ({ fan, page, newFan }) => {
  const bookings = new StaffBookingsPage(page);
  await page.goto("/admin");
  await expect(bookings.staffOnly).toBeVisible();
  await expect(bookings.exportLink).toHaveCount(0);

  await page.goto("/admin/bookings");
  await expect(bookings.staffOnly).toBeVisible();
  await expect(bookings.table).toHaveCount(0);

  const api = await fan.request.get("/api/v1/admin/bookings");
  expect(api.status()).toBe(403);

  const visitor = await newFan({ signedIn: false });
  await visitor.page.goto("/admin");
  await expect(visitor.page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  expect((await visitor.request.get("/api/v1/admin/bookings")).status()).toBe(401);
});
