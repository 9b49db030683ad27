/**
 * Proof-of-work on joining: the test's show has a difficulty of 14 bits (set
 * by staff, so it runs on any target); the join button fetches a challenge, a
 * Web Worker solves it, and the fan reaches the seat map. Without a solution
 * the server would refuse the join (428), so the seat map itself shows the
 * worker's answer was accepted.
 */
import { chooseDate, expectSeatMap, openConcert } from "./fixtures/booking-ui";
import { expect, test } from "./fixtures/test";

test.use({ showOptions: { powDifficulty: 14 } });

test("a fan joins through the browser check solved in a Web Worker", async ({ fan, show }) => {
  const { page } = fan;
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const challenge = page.waitForResponse((res) => res.url().includes("/api/v1/queue/challenge"));

  await openConcert(page, show.title);
  await chooseDate(page, show.date);

  const answer = await challenge;
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { difficulty: number }).difficulty).toBe(14);
  await expectSeatMap(page, 60_000);
  expect(workers.length, "the challenge was solved in a Web Worker").toBeGreaterThan(0);
});
