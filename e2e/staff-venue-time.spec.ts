/**
 * Staff read every concert time on the venue's clock (issue 15 point 4, the
 * staff half; venue-time.spec.ts is the fan's): a console in a New York
 * browser shows the bookings, occupancy, audit, revenue, queue and gate
 * pages of a show at a London venue in London time, labelled, never in New
 * York's or a fixed Seoul's; the CSV carries the venue's offset; and an
 * opening typed into the queue controls is read as the venue's wall clock.
 * Once for a Seoul venue, once for a London one.
 */
import type { APIRequestContext, Locator } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { bookViaApi } from "./fixtures/book-via-api";
import { holdSeat, joinQueue, seatsOf } from "./fixtures/booking-api";
import { createShow } from "./fixtures/catalogue-api";
import { schedulesOf } from "./fixtures/api";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { clock, day, zoneName } from "./fixtures/venue-clock";
import { StaffAuditPage, StaffBookingsPage, StaffOccupancyPage } from "./pages";

test.use({ timezoneId: "America/New_York", locale: "en-US" });

/** "+09:00" / "+00:00": the zone's offset at an instant, as the CSV writes it. */
const offset = (iso: string, timeZone: string) => {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(iso))
    .find((p) => p.type === "timeZoneName")!.value;
  return name === "GMT" ? "+00:00" : name.replace("GMT", "");
};

/** A live hold through the API, for the seat rows that show "until". */
async function holdViaApi(request: APIRequestContext, showId: string): Promise<{ id: string; label: string }> {
  const { token } = await joinQueue(request, MAIN_URL, showId);
  const [schedule] = await schedulesOf(request, showId);
  const seat = (await seatsOf(request, MAIN_URL, schedule!.id, token)).find((s) => s.status === "AVAILABLE")!;
  const hold = await holdSeat(request, MAIN_URL, seat.id, token);
  return { id: hold.id, label: seat.label };
}

for (const zone of ["Asia/Seoul", "Europe/London"]) {
  test.describe(`a venue in ${zone}`, () => {
    test.use({ showOptions: { timeZone: zone } });

    /** `text` names the instant on the venue's clock with the zone's label, and not on New York's. */
    async function expectVenueClock(where: Locator, iso: string, what: string): Promise<void> {
      await expect(where, `${what}: ${iso}`).toContainText(`${clock(iso, zone)} (${await zoneName(where, iso, zone)})`);
      await expect(where, `${what}: ${iso}`).not.toContainText(clock(iso, "America/New_York"));
    }

    /** Every <time> in `where` shows its own instant on the venue's clock (or, for a day without a time, the venue's day). */
    async function expectVenueTimes(where: Locator, what: string): Promise<void> {
      const times = where.locator("time[datetime]");
      await expect(times.first(), `${what}: a time is shown`).toBeVisible();
      for (const time of await times.all()) {
        const iso = (await time.getAttribute("datetime"))!;
        if (/\d{2}:\d{2}/.test(await time.innerText())) await expectVenueClock(time, iso, what);
        else await expect(time, `${what}: ${iso}`).toContainText(`${day(iso, zone)} (${await zoneName(time, iso, zone)})`);
      }
    }

    test("the staff console in a New York browser shows the show's times on the venue's clock", async ({
      admin,
      newFan,
      show,
      staffApi,
    }) => {
      const { page } = admin;
      const buyer = await newFan({ label: "venue-buyer", balance: 500_000 });
      const refunded = await newFan({ label: "venue-refund", balance: 500_000 });
      const holder = await newFan({ label: "venue-holder" });
      await bookViaApi(buyer, MAIN_URL, show);
      const toRefund = await bookViaApi(refunded, MAIN_URL, show);
      const hold = await holdViaApi(holder.request, show.id);
      const reason = `E2E venue clock ${zone} ${Date.now()}`;
      const refund = await staffApi.post(`/api/v1/admin/reservations/${toRefund.reservationId}/refund`, { data: { reason } });
      expect(refund.status(), await refund.text()).toBe(200);

      // Bookings: the date column as <time>, and "paid …" / "until …" on the venue's clock too.
      const listed = await (await staffApi.get(`/api/v1/admin/bookings?concertId=${show.id}`)).json();
      const bookings = await new StaffBookingsPage(page).open(encodeURIComponent(buyer.email));
      const bought = listed.items.find((b: { user: { email: string } }) => b.user.email === buyer.email);
      expect(bought.timeZone).toBe(zone);
      await expectVenueTimes(bookings.row(buyer.email), "a booking's date");
      await expectVenueClock(bookings.row(buyer.email), bought.confirmedAt, "paid at");
      await bookings.open(encodeURIComponent(holder.email));
      const held = listed.items.find((b: { user: { email: string } }) => b.user.email === holder.email);
      await expectVenueClock(bookings.row(holder.email), held.heldUntil, "held until");

      // The CSV of this show: each time with the venue's offset, the file named by the venue's clock.
      await page.goto(`/admin/bookings?concertId=${show.id}`);
      const download = await bookings.exportCsv();
      const csv = await readFile(await download.path(), "utf8");
      const row = csv.split(/\r?\n/).find((l) => l.includes(buyer.email))!;
      expect(row).toContain(`T${clock(bought.startsAt, zone)}:00${offset(bought.startsAt, zone)}`);
      expect(row).toContain(`T${clock(bought.confirmedAt, zone)}`);
      const stamp = /stagepass-bookings-\d{4}-\d{2}-\d{2}-(\d{2})-(\d{2})-\d{2}\.csv/.exec(download.suggestedFilename());
      expect(stamp, download.suggestedFilename()).not.toBeNull();
      const now = new Date().toISOString();
      // Named within a minute of now on the venue's clock (the hour could roll over between the two reads).
      expect([clock(now, zone), clock(new Date(Date.now() - 60_000).toISOString(), zone)]).toContain(`${stamp![1]}:${stamp![2]}`);

      // Occupancy: the held seat's "until", and the date picker's days.
      await new StaffOccupancyPage(page).open(show.scheduleIds[0]!);
      await expectVenueTimes(page.getByRole("table").filter({ hasText: hold.label }), "occupancy's held seat");
      await expectVenueTimes(
        page.getByRole("navigation", { name: "Dates" }).locator("p").filter({ hasText: show.title }),
        "the date picker",
      );

      // The audit log: the refund's moment and the booking's date.
      const audit = await new StaffAuditPage(page).open();
      await expectVenueTimes(audit.entry(reason), "the refund's audit row");
      await expectVenueClock(audit.entry(reason), bought.startsAt, "the audited booking's date");

      // Revenue: the show's dates.
      await page.goto("/admin/revenue");
      const revenue = page.getByRole("table", { name: "Revenue and sell-through per concert and date" });
      await expectVenueTimes(revenue.locator("tbody").filter({ hasText: show.title }), "revenue per date");

      // The gate: arrivals per date.
      await page.goto(`/admin/check-in?scheduleId=${show.scheduleIds[0]}`);
      await expectVenueTimes(page.getByTestId(`arrivals-${show.scheduleIds[0]}`), "arrivals");
    });

    test("an opening typed into the queue controls is the venue's wall clock, shown so in the monitor", async ({ admin, staffApi }) => {
      const { page } = admin;
      const upcoming = await createShow(staffApi, { timeZone: zone, opensInSeconds: 3 * 86_400 });
      await page.goto(`/admin/queue/${upcoming.id}`);
      const field = page.getByLabel("Sale opens (venue time)");
      const before = (await (await staffApi.get(`/api/v1/admin/concerts/${upcoming.id}/queue-controls`)).json()).salesOpenAt as string;
      // The field shows the opening on the venue's clock …
      await expect(field).toHaveValue(new RegExp(`T${clock(before, zone)}$`));
      // … and reads what staff type the same way: 20:30 at the venue, two days later.
      const openingDay = (await field.inputValue()).slice(0, 10);
      const later = new Date(Date.parse(`${openingDay}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
      await field.fill(`${later}T20:30`);
      await page.getByLabel("Reason (recorded in the audit log)").fill("E2E: move the opening on the venue's clock");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByText("Saved and recorded in the audit log.")).toBeVisible();
      const after = (await (await staffApi.get(`/api/v1/admin/concerts/${upcoming.id}/queue-controls`)).json()).salesOpenAt as string;
      expect(clock(after, zone)).toBe("20:30");
      expect(new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date(after))).toBe(later);

      await page.goto("/admin/queue");
      await expectVenueTimes(
        page.getByRole("row").filter({ hasText: upcoming.title }).getByTestId("queue-opening"),
        "the monitor's opening",
      );
    });
  });
}
