/**
 * The waiting room follows the line: on a show of the test's own with an
 * active limit of 1 (staff queue controls, so it runs on any target), the
 * fan under test joins third in line; as the fans ahead are let in and leave,
 * the page's number falls 3 → 2 → 1 and then it opens the seat map, all
 * by its own polling. The fans ahead only set the scene, through the API.
 */
import { joinQueue, leaveQueue, type QueueToken } from "./fixtures/booking-api";
import { expectSeatMap } from "./fixtures/booking-ui";
import { setQueueControls } from "./fixtures/queue-controls-api";
import { expectSameDocument, markDocument } from "./fixtures/same-document";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { ConcertPage, WaitingRoom } from "./pages";

test("the fan's number moves as the fans ahead are let in, and admission reaches the page by itself", async ({
  fan,
  newFan,
  show,
  staffApi,
}) => {
  await setQueueControls(staffApi, show.id, { activeLimit: 1 });
  const ahead: { fan: Awaited<ReturnType<typeof newFan>>; token: QueueToken }[] = [];
  for (const label of ["first", "second", "third"]) {
    const other = await newFan({ label });
    ahead.push({ fan: other, token: await joinQueue(other.request, MAIN_URL, show.id) });
  }
  expect(ahead.map((a) => a.token.status)).toEqual(["ACTIVE", "WAITING", "WAITING"]);

  const concert = new ConcertPage(fan.page);
  await concert.open(show);
  await concert.joinQueue();
  const room = new WaitingRoom(fan.page);
  await room.expectPlace(3);
  await markDocument(fan.page);

  // Each fan let in leaves at once; the next in line is admitted and the page's number falls.
  await leaveQueue(ahead[0]!.fan.request, MAIN_URL, ahead[0]!.token.token);
  await room.expectPlace(2);
  await leaveQueue(ahead[1]!.fan.request, MAIN_URL, ahead[1]!.token.token);
  await room.expectPlace(1);
  await expect(room.page.getByTestId("queue-ahead")).toHaveText("0");
  await leaveQueue(ahead[2]!.fan.request, MAIN_URL, ahead[2]!.token.token);
  await expectSeatMap(fan.page, 30_000);
  await expectSameDocument(fan.page, "admission reaching the waiting room");
});
