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
import { chromium } from "@playwright/test";
import { balanceOf, signIn } from "./fixtures/api";
import { bookViaApi } from "./fixtures/book-via-api";
import { writeQrVideo } from "./fixtures/qr-video";
import { ADMIN, MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { CheckInPage, TicketPage, WalletPage } from "./pages";

test("a bought ticket shows its QR code; staff type its code: admitted once, then already checked in", async ({ admin, newFan, show }) => {
  const fan = await newFan({ label: "ticket", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);

  // From the receipt to the ticket.
  await fan.page.goto(`/receipts/${booking.paymentId}`);
  await fan.page.getByRole("link", { name: `Ticket ${booking.seatLabel}` }).click();
  await expect(fan.page).toHaveURL(`/tickets/${booking.reservationId}`);
  const ticket = new TicketPage(fan.page);
  await expect(ticket.qr).toHaveAttribute("aria-label", `QR code of the ticket for seat ${booking.seatLabel}`);
  await expect(ticket.status).toHaveText("Valid");
  await expect(ticket.ticket).toContainText(booking.seatLabel);
  const code = await (await ticket.open(booking.reservationId)).code();
  expect(code).toMatch(/^SP1-/);

  const gate = await new CheckInPage(admin.page).open(show.scheduleIds[show.date]!);
  await gate.setGate("North 2");
  await gate.checkIn(code);
  await gate.expectOutcome("ADMITTED");
  await expect(gate.verdict).toContainText("Admitted");
  await expect(gate.verdict).toContainText(booking.seatLabel);

  await gate.checkIn(code);
  await gate.expectOutcome("ALREADY_CHECKED_IN");
  await expect(gate.verdict).toContainText("Already checked in");
  await expect(gate.verdict).toContainText("gate North 2");

  // A forged code (one character changed) is refused as such.
  await gate.checkIn(code.slice(0, -1) + (code.endsWith("A") ? "B" : "A"));
  await gate.expectOutcome("TICKET_INVALID");

  // The fan's ticket now reads as used.
  await fan.page.reload();
  await expect(ticket.status).toHaveText("Used");
});

test("the check-in date picker names the concert in the page's language", async ({ admin, show }) => {
  const gate = await new CheckInPage(admin.page).open(show.scheduleIds[show.date]!);
  await expect(gate.datePicker).toContainText(show.title);
  await expect(gate.datePicker).not.toContainText(show.titleKo);
});

test("the gate's camera scans a ticket's QR code and admits it", async ({ newFan, show }, testInfo) => {
  const fan = await newFan({ label: "scan", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);
  const code = await (await new TicketPage(fan.page).open(booking.reservationId)).code();
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
    const gate = await new CheckInPage(await context.newPage()).open(show.scheduleIds[show.date]!);
    await gate.startCamera();
    await gate.expectOutcome("ADMITTED", { timeout: 60_000 });
    await expect(gate.verdict).toContainText(booking.seatLabel);
    await testInfo.attach("scan", { body: await gate.page.screenshot(), contentType: "image/png" });
  } finally {
    await browser.close();
  }
});

test("a fan cancels from the ticket page: the exact refund shown, money back in the wallet, the ticket void", async ({ newFan, show }) => {
  const fan = await newFan({ label: "cancel", balance: 300_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);
  const ticket = await new TicketPage(fan.page).open(booking.reservationId);
  // Booked today, the show a month away: within the free days, the whole price back.
  const price = `₩${booking.price.toLocaleString("en-US")}`;
  await expect(ticket.refundToday).toHaveText(`Cancel today and you get ${price} back (fee ₩0).`);
  await expect(ticket.cancellationPolicy).toContainText("₩4,000 per ticket");
  await expect(await ticket.cancel()).toContainText(price);
  await expect(ticket.voidNotice).toBeVisible();
  await expect(ticket.qr).toHaveCount(0);

  await fan.page.getByRole("link", { name: "Open wallet" }).click();
  const wallet = new WalletPage(fan.page);
  await expect(wallet.balance).toHaveText("₩300,000");
  expect(await balanceOf(fan.request)).toBe(300_000);
  await expect(wallet.history).toContainText(["Refund"]);
});
