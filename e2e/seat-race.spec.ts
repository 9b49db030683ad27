/**
 * Two fans in two browser contexts click the same seat at the same moment:
 * exactly one holds it, the other is told it is taken, on a show of its own.
 */
import { reservationsOf } from "./fixtures/booking-api";
import { expect, test } from "./fixtures/test";
import { SeatMapPage } from "./pages";

/** Resolves to "held" (the map confirms the hold) or "taken" (it says the seat is gone). */
async function outcome(map: SeatMapPage): Promise<"held" | "taken"> {
  const held = map.notice.getByRole("status").filter({ hasText: "is in your basket" });
  const taken = map.notice.getByRole("alert");
  await expect(held.or(taken)).toBeVisible();
  if (await held.isVisible()) return "held";
  await expect(taken).toContainText(/taken|no longer available|unavailable|someone else|just/i);
  return "taken";
}

test("two fans click the same seat: one holds it, the other sees it taken", async ({ fan, newFan, show }) => {
  const rival = await newFan({ label: "rival" });
  const maps = [new SeatMapPage(fan.page), new SeatMapPage(rival.page)];
  await Promise.all(maps.map((m) => m.enter(show)));

  const { label } = await maps[0]!.firstAvailable();
  const before = await maps[0]!.availableSeats().count();
  // From here on neither map may read the seats again: what they show next comes from the hold's own answer.
  await Promise.all(maps.map((m) => m.page.route("**/api/v1/schedules/*/seats", (route) => route.abort())));
  await Promise.all(maps.map((m) => m.seat(label).click()));
  const outcomes = await Promise.all(maps.map(outcome));
  expect([...outcomes].sort()).toEqual(["held", "taken"]);

  // The server agrees: one HELD reservation for that seat, owned by the winner.
  const [mine, theirs] = await Promise.all([reservationsOf(fan.request), reservationsOf(rival.request)]);
  const held = [...mine, ...theirs].filter((r) => r.status === "HELD" && r.seat.label === label);
  expect(held).toHaveLength(1);
  const loser = maps[outcomes.indexOf("taken")]!;
  await expect(loser.seat(label)).toHaveAccessibleName(/, taken, held by another fan$/);
  const winner = maps[outcomes.indexOf("held")]!;
  await expect(winner.seat(label)).toHaveAccessibleName(/, held by you$/);
  // Both counts already leave the seat out.
  for (const m of maps) await expect(m.freeCount(before - 1)).toBeVisible();
});
