/**
 * A fan who walks away must not stall the line (issue 15 point 3), on the
 * short-pass server (QUEUE_ACTIVE_TTL_SECONDS=30) with the show's one place
 * (staff queue controls) taken: the fan let in opens the seat map and closes
 * the browser without paying or leaving the line. The fan behind waits; the
 * waiting room, having seen no admission for a minute, says the line has
 * stalled and widens its estimate; and once the abandoned pass lapses, the
 * waiting fan's own polling lets them in (no sweeper runs there, no reload).
 */
import { setQueueControls } from "./fixtures/queue-controls-api";
import { SERVERS, SHORT_PASS_SECONDS } from "./fixtures/servers";
import { localOnly } from "./fixtures/target";
import { expect, test } from "./fixtures/test";
import { ConcertPage, SeatMapPage, WaitingRoom } from "./pages";

const { url } = SERVERS.shortPass;
test.use({ baseURL: url });
localOnly("short-pass (QUEUE_ACTIVE_TTL_SECONDS=30)");

test("an admitted fan walks away: the line is told it stalled, and the next fan is let in when the pass lapses", async ({
  fan,
  newFan,
  show,
  staffApi,
  browser,
  locale,
  timezoneId,
  viewport,
}) => {
  test.slow();
  await setQueueControls(staffApi, show.id, { activeLimit: 1 });
  // The fan behind is on the concert page before the fan ahead joins, so the
  // abandoned pass cannot run out before they are in line.
  const behind = new ConcertPage(fan.page);
  await behind.open(show);

  const ahead = await newFan({ label: "walks-away" });
  const aheadConcert = new ConcertPage(ahead.page);
  await aheadConcert.open(show);
  await aheadConcert.chooseSeats(show.date);
  await new SeatMapPage(ahead.page).expectOpen();
  await ahead.context.close();

  await behind.chooseSeats(show.date);
  const room = new WaitingRoom(fan.page);
  await room.expectPlace(1);
  await expect(room.stalledNotice).toHaveCount(0);

  // The page calls the line stalled after a minute without an admission. The
  // same fan's second window, its clock run a minute ahead, shows what they
  // read then; the first window keeps real time, so its pass timer stays true.
  const later = await browser.newContext({ baseURL: url, storageState: await fan.context.storageState(), locale, timezoneId, viewport });
  try {
    await later.clock.install();
    const laterPage = await later.newPage();
    await laterPage.goto(fan.page.url());
    const laterRoom = new WaitingRoom(laterPage);
    await laterRoom.expectPlace(1);
    await later.clock.fastForward("01:01");
    await expect(laterRoom.stalledNotice).toContainText("The line has not moved for a while");
    await expect(laterRoom.waitEstimate).toContainText(/^at least /);
    await laterRoom.expectPlace(1);
  } finally {
    await later.close();
  }

  // The abandoned pass lapses; the waiting page, polling on its own, opens the seat map.
  await new SeatMapPage(fan.page).expectOpen(SHORT_PASS_SECONDS * 3 * 1000);
  await expect(fan.page.getByTestId("pass-timer")).not.toHaveAttribute("data-state", "ended");
});
