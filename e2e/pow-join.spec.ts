/**
 * Proof-of-work on joining (pow server, QUEUE_POW_DIFFICULTY=14): the join
 * button fetches a challenge, a Web Worker solves it, and the fan reaches the
 * seat map. Without a solution the server would refuse the join (428), so
 * the seat map itself shows the worker's answer was accepted.
 */
import { chooseDate, expectSeatMap, openConcert } from "./fixtures/booking-ui";
import { PLAN, SERVERS } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";

const { url } = SERVERS.pow;
test.use({ baseURL: url });

test("a fan joins through the browser check solved in a Web Worker", async ({ fan }) => {
  const { page } = fan;
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const challenge = page.waitForResponse((res) => res.url().includes("/api/v1/queue/challenge"));

  await openConcert(page, PLAN.powJoin.title);
  await chooseDate(page, PLAN.powJoin.date);

  const answer = await challenge;
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { difficulty: number }).difficulty).toBe(14);
  await expectSeatMap(page, 60_000);
  expect(workers.length, "the challenge was solved in a Web Worker").toBeGreaterThan(0);
});
