/**
 * A scheduled opening, on a show of the test's own whose salesOpenAt staff set
 * and move through the catalogue API, and whose line they pause through the
 * queue controls, so it runs on any target. Before the opening the concert
 * page counts down and lets fans into the pre-queue, where they see its size
 * and no number; at the opening the page turns into the open sale, and the
 * pre-queue page into the waiting room with a drawn number, each by itself.
 */
import { joinQueue } from "./fixtures/booking-api";
import { expectSeatMap } from "./fixtures/booking-ui";
import { moveOpening, secondsFromNow } from "./fixtures/catalogue-api";
import { setQueueControls } from "./fixtures/queue-controls-api";
import { expectSameDocument, markDocument } from "./fixtures/same-document";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { ConcertPage, WaitingRoom } from "./pages";

// Ten minutes ahead: the pre-queue is open (PRE_QUEUE_MINUTES, 30) while the scene is set.
test.use({ showOptions: { opensInSeconds: 600 } });

/** Room for the fan to load the page and step into the pre-queue on a busy machine before the opening. */
const LEAD_SECONDS = 25;

test("the concert page's countdown turns into the open sale at the opening, without a reload", async ({ fan, show, staffApi }) => {
  const concert = new ConcertPage(fan.page);
  await concert.open(show);
  await concert.expectCountdown();

  // The opening moves close; the page learns the new time when it is loaded.
  await moveOpening(staffApi, show.id, secondsFromNow(LEAD_SECONDS));
  await fan.page.reload();
  await concert.expectCountdown();
  await markDocument(fan.page);

  await concert.expectSaleOpen((LEAD_SECONDS + 15) * 1000);
  await expectSameDocument(fan.page, "the countdown turning into the open sale");
  await concert.joinQueue();
  await expectSeatMap(fan.page, 30_000);
});

test("a fan in the pre-queue sees how many are in it, then a drawn number at the opening", async ({ fan, newFan, show, staffApi }) => {
  // Paused: nobody is let in at the opening, so the drawn number stays on the page to be read.
  await setQueueControls(staffApi, show.id, { paused: true });
  await moveOpening(staffApi, show.id, secondsFromNow(LEAD_SECONDS));
  const other = await newFan({ label: "pre-queue" });
  const early = await joinQueue(other.request, MAIN_URL, show.id);
  expect(early.status).toBe("WAITING");

  const concert = new ConcertPage(fan.page);
  await concert.open(show);
  await concert.joinQueue();
  const room = new WaitingRoom(fan.page);
  await room.expectPreQueue(2);
  await markDocument(fan.page);

  // At the opening the pre-queue is drawn: the page's next poll brings place 1 or 2 of 2.
  const place = await room.drawnPlace((LEAD_SECONDS + 20) * 1000);
  expect([1, 2]).toContain(place);
  await room.expectPlace(place);
  await expect(room.pausedNotice).toBeVisible();
  await expectSameDocument(fan.page, "the pre-queue turning into the waiting room");

  // Staff resume: both drawn fans fit the server's limit, so the page opens the seat map by itself.
  await setQueueControls(staffApi, show.id, { paused: false });
  await expectSeatMap(fan.page, 30_000);
});
