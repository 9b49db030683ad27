/**
 * The waiting room with one active place (queue server, QUEUE_ACTIVE_LIMIT=1):
 * a fan who joins behind an active fan waits, and is admitted to the seat map
 * by the page's own polling once the active fan pays, on a show of its own.
 * The fan ahead only sets the scene, so they book through the API; the
 * waiting fan uses the UI.
 */
import { schedulesOf } from "./fixtures/api";
import { holdSeat, joinQueue as joinQueueApi, pay, seatsOf } from "./fixtures/booking-api";
import { chooseDate, expectSeatMap, openConcert, queueStatus, seatButton, seatButtons } from "./fixtures/booking-ui";
import { SERVERS } from "./fixtures/servers";
import { localOnly } from "./fixtures/target";
import { snap } from "./fixtures/snap";
import { expect, test } from "./fixtures/test";

const { url } = SERVERS.queue;
test.use({ baseURL: url });
localOnly("queue (QUEUE_ACTIVE_LIMIT=1)");

test("a waiting fan is admitted when the active fan pays", async ({ fan, newFan, show }, info) => {
  const { page } = fan;
  const ahead = await newFan({ label: "ahead", balance: 200_000 });
  const first = await joinQueueApi(ahead.request, url, show.id);
  expect(first.status, "the fan ahead takes the only place").toBe("ACTIVE");

  await openConcert(page, show.title);
  await chooseDate(page, show.date);
  await expect(queueStatus(page)).toContainText("You are number 1 in line");
  await expect(seatButtons(page)).toHaveCount(0);
  await snap(page, info, "waiting-room", { englishOnly: true });

  // The fan ahead pays; their place goes to the next in line.
  const [schedule] = await schedulesOf(ahead.request, show.id);
  const seats = await seatsOf(ahead.request, url, schedule!.id, first.token);
  const seat = seats.find((s) => s.status === "AVAILABLE")!;
  const hold = await holdSeat(ahead.request, url, seat.id, first.token);
  await pay(ahead.request, url, hold.id, first.token);

  // No reload: the waiting page polls and opens the seat map by itself.
  await expectSeatMap(page, 30_000);
  await expect(seatButton(page, seat.label)).toHaveAccessibleName(/sold|taken|unavailable/i);
});
