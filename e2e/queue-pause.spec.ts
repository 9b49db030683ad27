/**
 * Staff pause a running line (queue controls on a show of the test's own,
 * active limit 1, so it runs on any target): the waiting fan is told, in
 * Korean, and nobody is let in even when the place ahead frees up; when they
 * resume, the page moves on to the seat map by itself.
 */
import { joinQueue, leaveQueue } from "./fixtures/booking-api";
import { availableSeatsKo } from "./fixtures/korean-ui";
import { queueCounter, setQueueControls } from "./fixtures/queue-controls-api";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { ConcertPage, WaitingRoom } from "./pages";

test.use({ appLocale: "ko", locale: "ko-KR" });

test("일시 정지: 대기 중인 팬에게 안내하고, 재개하면 좌석 선택으로 넘어간다", async ({ fan, newFan, show, staffApi }) => {
  await setQueueControls(staffApi, show.id, { activeLimit: 1 });
  const ahead = await newFan({ label: "ahead" });
  const first = await joinQueue(ahead.request, MAIN_URL, show.id);
  expect(first.status, "the fan ahead takes the only place").toBe("ACTIVE");

  const { page } = fan;
  const concert = new ConcertPage(page);
  await concert.openFromHome(show.titleKo);
  await concert.joinQueue();
  const room = new WaitingRoom(page);
  await expect(room.status).toContainText("현재 대기 순번은 1번입니다");
  await expect(room.pausedNotice).toHaveCount(0);

  await setQueueControls(staffApi, show.id, { paused: true });
  await expect(room.pausedNotice).toContainText("운영진이 잠시 입장을 멈췄습니다", { timeout: 20_000 });

  // The place ahead frees up, and still nobody is let in while paused.
  await leaveQueue(ahead.request, MAIN_URL, first.token);
  // (polled: each server keeps its counter for up to a second)
  await expect.poll(() => queueCounter(fan.request, show.id)).toMatchObject({ paused: true, active: 0, waiting: 1 });
  await expect(room.status).toContainText("현재 대기 순번은 1번입니다");

  await setQueueControls(staffApi, show.id, { paused: false });
  await expect(availableSeatsKo(page, "A").first()).toBeVisible({ timeout: 30_000 });
});
