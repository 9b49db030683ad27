/**
 * The concert night: a fan's ticket page shows a QR code; staff at the door
 * check it in once by typed code (a second try says "already checked in"),
 * and by scanning with a camera (Chromium's fake camera playing a video of
 * the QR code); a fan who cannot go cancels and sees the refund in the
 * wallet. Each test books through the API on a show of its own (the `show`
 * fixture), so it runs against any StagePass.
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { balanceOf, signIn } from "./fixtures/api";
import { bookViaApi } from "./fixtures/book-via-api";
import { writeQrVideo } from "./fixtures/qr-video";
import { ADMIN, MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

async function ticketCode(page: Page, reservationId: string): Promise<string> {
  await page.goto(`/tickets/${reservationId}`);
  await expect(page.getByTestId("ticket-qr").locator("svg")).toBeVisible();
  return (await page.getByTestId("ticket-code").textContent())!.trim();
}

test("a bought ticket shows its QR code; staff type its code: admitted once, then already checked in", async ({ admin, newFan, show }) => {
  const fan = await newFan({ label: "ticket", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);

  // From the receipt to the ticket.
  await fan.page.goto(`/receipts/${booking.paymentId}`);
  await fan.page.getByRole("link", { name: `Ticket ${booking.seatLabel}` }).click();
  await expect(fan.page).toHaveURL(`/tickets/${booking.reservationId}`);
  const ticket = fan.page.getByTestId("ticket");
  await expect(ticket.getByTestId("ticket-qr")).toHaveAttribute("aria-label", `QR code of the ticket for seat ${booking.seatLabel}`);
  await expect(ticket.getByTestId("ticket-status")).toHaveText("Valid");
  await expect(ticket).toContainText(booking.seatLabel);
  const code = await ticketCode(fan.page, booking.reservationId);
  expect(code).toMatch(/^SP1-/);

  const { page } = admin;
  await page.goto(`/admin/check-in?scheduleId=${show.scheduleIds[show.date]}`);
  await page.getByRole("textbox", { name: "Gate", exact: true }).fill("North 2");
  await page.getByTestId("check-in-code").fill(code);
  await page.getByTestId("check-in-submit").click();
  const verdict = page.getByTestId("check-in-verdict");
  await expect(verdict).toHaveAttribute("data-outcome", "ADMITTED");
  await expect(verdict).toContainText("Admitted");
  await expect(verdict).toContainText(booking.seatLabel);

  await page.getByTestId("check-in-code").fill(code);
  await page.getByTestId("check-in-submit").click();
  await expect(verdict).toHaveAttribute("data-outcome", "ALREADY_CHECKED_IN");
  await expect(verdict).toContainText("Already checked in");
  await expect(verdict).toContainText("gate North 2");

  // A forged code (one character changed) is refused as such.
  const forged = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
  await page.getByTestId("check-in-code").fill(forged);
  await page.getByTestId("check-in-submit").click();
  await expect(verdict).toHaveAttribute("data-outcome", "TICKET_INVALID");

  // The fan's ticket now reads as used.
  await fan.page.reload();
  await expect(fan.page.getByTestId("ticket-status")).toHaveText("Used");
});

test("the gate's camera scans a ticket's QR code and admits it", async ({ newFan, show }, testInfo) => {
  const fan = await newFan({ label: "scan", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);
  const code = await ticketCode(fan.page, booking.reservationId);
  const video = path.join(await mkdtemp(path.join(tmpdir(), "stagepass-qr-")), "ticket.y4m");
  await writeQrVideo(video, code);

  // A browser of its own: the fake camera's file is fixed at launch.
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL: MAIN_URL, locale: "en-US", timezoneId: "Asia/Seoul", permissions: ["camera"] });
    await signIn(context.request, ADMIN);
    const page = await context.newPage();
    await page.goto(`/admin/check-in?scheduleId=${show.scheduleIds[show.date]}`);
    await page.getByTestId("check-in-camera").click();
    const verdict = page.getByTestId("check-in-verdict");
    await expect(verdict).toHaveAttribute("data-outcome", "ADMITTED", { timeout: 60_000 });
    await expect(verdict).toContainText(booking.seatLabel);
    await testInfo.attach("scan", { body: await page.screenshot(), contentType: "image/png" });
  } finally {
    await browser.close();
  }
});

test("a fan cancels from the ticket page: the exact refund shown, money back in the wallet, the ticket void", async ({ newFan, show }) => {
  const fan = await newFan({ label: "cancel", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);
  const { page } = fan;
  await page.goto(`/tickets/${booking.reservationId}`);
  // Booked today, the show a month away: within the free days, the whole price back.
  const price = `₩${booking.price.toLocaleString("en-US")}`;
  await expect(page.getByTestId("refund-today")).toHaveText(`Cancel today and you get ${price} back (fee ₩0).`);
  await expect(page.getByTestId("cancellation-policy")).toContainText("₩4,000 per ticket");
  await page.getByTestId("cancel-start").click();
  await page.getByTestId("cancel-confirm").click();
  await expect(page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "Cancelled." })).toContainText(price);
  await expect(page.getByTestId("ticket-void")).toBeVisible();
  await expect(page.getByTestId("ticket-qr")).toHaveCount(0);

  await page.getByRole("link", { name: "Open wallet" }).click();
  await expect(page.getByTestId("wallet-balance")).toHaveText("₩300,000");
  expect(await balanceOf(fan.request)).toBe(300_000);
  await expect(page.getByRole("list", { name: "Transactions" })).toContainText("Refund");
});
