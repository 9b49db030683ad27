/**
 * The waiting room with one active place (queue server, QUEUE_ACTIVE_LIMIT=1):
 * a fan who joins behind an active fan waits, and is admitted to the seat map
 * once the active fan pays, on a show of its own: through the pushed counter
 * (the event stream), and with the stream refused, by the page's own polling.
 * The fan ahead only sets the scene, so they book through the API; the
 * waiting fan uses the UI.
 */
import { schedulesOf } from "./fixtures/api";
import { holdSeat, joinQueue as joinQueueApi, pay, seatsOf } from "./fixtures/booking-api";
import { chooseDate, expectSeatMap, openConcert, queueStatus, seatButton, seatButtons } from "./fixtures/booking-ui";
import { SERVERS } from "./fixtures/servers";
import { localOnly } from "./fixtures/target";
import { pushedCounters, recordPushedCounters } from "./fixtures/pushed-counters";
import { snap } from "./fixtures/snap";
import { expect, test, type Fixtures } from "./fixtures/test";

const { url } = SERVERS.queue;
test.use({ baseURL: url });
localOnly("queue (QUEUE_ACTIVE_LIMIT=1)");

/** The fan ahead takes the only place; the fan under test opens the date and waits at number 1. */
async function waitBehind({ fan, newFan, show }: Pick<Fixtures, "fan" | "newFan" | "show">) {
  const ahead = await newFan({ label: "ahead", balance: 200_000 });
  const first = await joinQueueApi(ahead.request, url, show.id);
  expect(first.status, "the fan ahead takes the only place").toBe("ACTIVE");
  await openConcert(fan.page, show.title);
  await chooseDate(fan.page, show.date);
  await expect(queueStatus(fan.page)).toContainText("You are number 1 in line");
  await expect(seatButtons(fan.page)).toHaveCount(0);
  // The fan ahead pays when the test says; their place goes to the next in line.
  return async () => {
    const [schedule] = await schedulesOf(ahead.request, show.id);
    const seats = await seatsOf(ahead.request, url, schedule!.id, first.token);
    const seat = seats.find((s) => s.status === "AVAILABLE")!;
    const hold = await holdSeat(ahead.request, url, seat.id, first.token);
    await pay(ahead.request, url, hold.id, first.token);
    return seat;
  };
}

test("a waiting fan is admitted by the pushed counter when the active fan pays", async ({ fan, newFan, show }) => {
  await recordPushedCounters(fan.page);
  const payAhead = await waitBehind({ fan, newFan, show });
  await expect.poll(() => pushedCounters(fan.page), { message: "the stream is open and has sent the counter" }).toContainEqual(1);

  const seat = await payAhead();
  // No reload: the stream tells the page the counter reached its number (2), and the page opens the seat map.
  await expectSeatMap(fan.page, 30_000);
  expect(Math.max(...(await pushedCounters(fan.page))), "the admission came down the stream").toBeGreaterThanOrEqual(2);
  await expect(seatButton(fan.page, seat.label)).toHaveAccessibleName(/sold|taken|unavailable/i);
});

test("with the stream refused the page polls, and the admission still reaches it", async ({ fan, newFan, show }, info) => {
  await recordPushedCounters(fan.page);
  // As an instance at its QUEUE_STREAMS_PER_INSTANCE cap answers: the browser gives the stream up for good.
  await fan.page.route("**/api/v1/queue/concerts/*/events", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/problem+json",
      headers: { "retry-after": "30" },
      body: JSON.stringify({ type: "about:blank", title: "Service busy", status: 503, code: "SERVICE_BUSY" }),
    }),
  );
  const payAhead = await waitBehind({ fan, newFan, show });
  await snap(fan.page, info, "waiting-room", { englishOnly: true });

  const seat = await payAhead();
  await expectSeatMap(fan.page, 30_000);
  expect(await pushedCounters(fan.page), "nothing was pushed").toEqual([]);
  await expect(seatButton(fan.page, seat.label)).toHaveAccessibleName(/sold|taken|unavailable/i);
});
