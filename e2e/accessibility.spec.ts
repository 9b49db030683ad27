/**
 * axe-core scans of every fan and staff page the flows pass through, at
 * desktop and phone widths (this file runs in both projects): the test fails
 * on any serious or critical WCAG 2.1 A/AA violation (fixtures/axe.ts). The
 * pages are reached the way a fan or staff member reaches them, with real
 * data on them: a hold, a sale, a receipt. Each scan takes seconds on a busy
 * machine, so these tests get the slow timeout (3×).
 */
import { bookViaApi } from "./fixtures/book-via-api";
import { holdSeat, joinQueue, seatsOf } from "./fixtures/booking-api";
import {
  chooseDate,
  expectPaidAndOpenReceipt,
  expectSeatMap,
  holdFirstAvailableSeat,
  openConcert,
  payButton,
  reservationIdOf,
} from "./fixtures/booking-ui";
import { expectAccessible } from "./fixtures/axe";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { TicketPage } from "./pages";

test("signed-out pages have no serious accessibility violation", { tag: "@smoke" }, async ({ newFan }, info) => {
  test.slow();
  const visitor = await newFan({ signedIn: false, label: "a11y-visitor" });
  for (const [path, heading] of [
    ["/", /./],
    ["/signup", /create/i],
    ["/signin", /sign in/i],
  ] as const) {
    await visitor.page.goto(path);
    await expect(visitor.page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(visitor.page, info, path);
  }
});

test("fan pages have no serious accessibility violation", { tag: "@smoke" }, async ({ newFan, show }, info) => {
  test.slow();
  const { page } = await newFan({ balance: 500_000, label: "a11y-fan" });
  await openConcert(page, show.title);
  await expectAccessible(page, info, "the concert page");
  await chooseDate(page, show.date);
  await expectSeatMap(page);
  await expectAccessible(page, info, "the seat map");
  const seat = await holdFirstAvailableSeat(page);
  await expectAccessible(page, info, "checkout");
  const reservationId = reservationIdOf(page);
  await payButton(page).click();
  await expect(page.getByRole("heading", { level: 1, name: /Payment complete/ })).toBeVisible();
  await expectAccessible(page, info, "the payment success page");
  await expectPaidAndOpenReceipt(page, seat);
  await expectAccessible(page, info, "the receipt");
  for (const [path, heading] of [
    ["/receipts", /receipts/i],
    ["/bookings", /bookings/i],
    ["/wallet", /wallet/i],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, info, path);
  }
  await new TicketPage(page).open(reservationId);
  await expectAccessible(page, info, "the ticket");
});

test("staff pages have no serious accessibility violation", { tag: "@smoke" }, async ({ admin, newFan, show }, info) => {
  test.slow();
  // A sale and a live hold, so the tables, the seat map and the charts have something to show.
  const buyer = await newFan({ balance: 200_000, label: "a11y-buyer" });
  await bookViaApi(buyer, MAIN_URL, show);
  const holder = await newFan({ label: "a11y-holder" });
  const { token } = await joinQueue(holder.request, MAIN_URL, show.id);
  const free = (await seatsOf(holder.request, MAIN_URL, show.scheduleIds[0]!, token)).find((s) => s.status === "AVAILABLE")!;
  await holdSeat(holder.request, MAIN_URL, free.id, token);

  const { page } = admin;
  for (const path of [
    "/admin",
    `/admin/bookings?q=${encodeURIComponent(holder.email)}`,
    `/admin/bookings?q=${encodeURIComponent(buyer.email)}`,
    `/admin/occupancy?scheduleId=${show.scheduleIds[0]}`,
    `/admin/check-in?scheduleId=${show.scheduleIds[0]}`,
    "/admin/revenue",
    "/admin/queue",
    `/admin/queue/${show.id}`,
    "/admin/audit",
    "/admin/concerts",
    `/admin/concerts/${show.id}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, info, path);
  }
});
