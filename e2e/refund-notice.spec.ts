/**
 * A staff refund reaches the fan (issue 15 point 5): staff refund a booking
 * with a reason; on the next page the fan opens, a notice names the concert,
 * the seat and the money back; "See why" opens My bookings' refunded list with
 * who refunded, how much and why, and the notice, once read, stays away. The
 * wallet's history names what the refund was for (point 13), and the staff
 * side names the booking as the fan knows it (point 12): the occupancy map
 * labels the seat A-1…E-10 and the audit log names fan, seat, concert and
 * booking number. The booking is set up through the API on the test's own show.
 */
import { randomUUID } from "node:crypto";
import { bookViaApi } from "./fixtures/book-via-api";
import { receiptsOf } from "./fixtures/booking-api";
import { won } from "./fixtures/booking-ui";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { MyBookingsPage, RefundNotice, StaffAuditPage, StaffBookingsPage, StaffOccupancyPage, WalletPage } from "./pages";

test("staff refund a booking: the fan is told on the next page and reads why in My bookings", async ({ admin, newFan, show }) => {
  const fan = await newFan({ label: "refunded", balance: 200_000 });
  const booking = await bookViaApi(fan, MAIN_URL, show);
  const [receipt] = await receiptsOf(fan.request);
  const reason = `E2E: the band cancelled ${randomUUID().slice(0, 8)}`;
  const notice = new RefundNotice(fan.page);
  const myBookings = new MyBookingsPage(fan.page);

  // Staff see the seat as the fan does, then refund it with a reason.
  const occupancy = await new StaffOccupancyPage(admin.page).open(show.scheduleIds[0]!);
  await expect(occupancy.seat(booking.seatLabel)).toHaveText(booking.seatLabel);
  const bookings = await new StaffBookingsPage(admin.page).search(fan.email);
  await bookings.refund(fan.email, reason);
  await expect(bookings.outcome).toContainText(`Refunded ${won(booking.price)}`);

  // The fan's next page, whichever it is, tells them.
  await fan.page.goto("/");
  await expect(notice.banner).toContainText(
    `StagePass refunded your ticket for ${show.title}, seat ${booking.seatLabel}: ${won(booking.price)} is back in your wallet.`,
  );
  await notice.seeWhy();
  await expect(myBookings.refundLine(booking.reservationId)).toContainText("Refunded by StagePass on");
  await expect(myBookings.refundLine(booking.reservationId)).toContainText(`${won(booking.price)} is back in your wallet.`);
  await expect(myBookings.refundLine(booking.reservationId)).toContainText(`Reason: ${reason}`);
  await expect(notice.banner).toHaveCount(0);

  // Read once, it is history: a fresh page whose refunds have loaded (the list shows them; the notice reads the same list) has none.
  await myBookings.open("CANCELLED");
  await expect(myBookings.refundLine(booking.reservationId)).toBeVisible();
  await expect(notice.banner).toHaveCount(0);

  // The wallet's history names what came back.
  const wallet = await new WalletPage(fan.page).open();
  await expect(wallet.history.first()).toContainText("Refund");
  await expect(wallet.history.first()).toContainText(`${show.title} · `);
  await expect(wallet.history.first()).toContainText(`Seat ${booking.seatLabel}`);
  await expect(wallet.history.first()).toContainText(`+${won(booking.price)}`);

  // The audit log names the booking as fans and staff read it, not by a raw id.
  const entry = (await new StaffAuditPage(admin.page).open()).entry(reason);
  await expect(entry).toHaveCount(1);
  for (const text of [fan.email, `Seat ${booking.seatLabel}`, show.title, receipt!.bookingNumber]) await expect(entry).toContainText(text);
});
