/**
 * Two fans in two browser contexts click the same seat at the same moment:
 * exactly one holds it, the other is told it is taken, on a show of its own.
 */
import { reservationsOf } from "./fixtures/booking-api";
import { availableSeats, enterSeatMap, holdNotice, seatButton, seatInfo } from "./fixtures/booking-ui";
import { expect, test } from "./fixtures/test";
import type { Page } from "@playwright/test";

/** Resolves to "held" (the map confirms the hold) or "taken" (it says the seat is gone). */
async function outcome(page: Page): Promise<"held" | "taken"> {
  const held = holdNotice(page).getByRole("status").filter({ hasText: "is in your basket" });
  const taken = holdNotice(page).getByRole("alert");
  await expect(held.or(taken)).toBeVisible();
  if (await held.isVisible()) return "held";
  await expect(taken).toContainText(/taken|no longer available|unavailable|someone else|just/i);
  return "taken";
}

test("two fans click the same seat: one holds it, the other sees it taken", async ({ fan, newFan, show }) => {
  const rival = await newFan({ label: "rival" });
  const pages = [fan.page, rival.page];
  await Promise.all(pages.map((p) => enterSeatMap(p, show)));

  const { label } = await seatInfo(availableSeats(fan.page).first());
  const before = await availableSeats(fan.page).count();
  // From here on neither map may read the seats again: what they show next comes from the hold's own answer.
  await Promise.all(pages.map((p) => p.route("**/api/v1/schedules/*/seats", (route) => route.abort())));
  await Promise.all(pages.map((p) => seatButton(p, label).click()));
  const outcomes = await Promise.all(pages.map(outcome));
  expect([...outcomes].sort()).toEqual(["held", "taken"]);

  // The server agrees: one HELD reservation for that seat, owned by the winner.
  const [mine, theirs] = await Promise.all([reservationsOf(fan.request), reservationsOf(rival.request)]);
  const held = [...mine, ...theirs].filter((r) => r.status === "HELD" && r.seat.label === label);
  expect(held).toHaveLength(1);
  const loser = pages[outcomes.indexOf("taken")]!;
  await expect(seatButton(loser, label)).toHaveAccessibleName(/, taken, held by another fan$/);
  const winner = pages[outcomes.indexOf("held")]!;
  await expect(seatButton(winner, label)).toHaveAccessibleName(/, held by you$/);
  // Both counts already leave the seat out.
  for (const p of pages) await expect(p.getByText(`${before - 1} of `)).toBeVisible();
});
