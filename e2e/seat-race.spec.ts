/**
 * Two fans in two browser contexts click the same seat at the same moment:
 * exactly one holds it, the other is told it is taken. PLAN.seatRace's date
 * is booked by no other flow.
 */
import { reservationsOf } from "./fixtures/booking-api";
import { availableSeats, enterSeatMap, seatButton, seatInfo } from "./fixtures/booking-ui";
import { PLAN } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import type { Page } from "@playwright/test";

/** Resolves to "held" (checkout opened) or "taken" (told the seat is gone). */
async function outcome(page: Page): Promise<"held" | "taken"> {
  const checkout = page.getByRole("heading", { name: /checkout/i });
  const taken = page.getByRole("alert").filter({ hasText: /taken|no longer available|unavailable|someone else/i });
  await expect(checkout.or(taken).first()).toBeVisible();
  return (await checkout.isVisible()) ? "held" : "taken";
}

test("two fans click the same seat: one holds it, the other sees it taken", async ({ fan, newFan }) => {
  const rival = await newFan({ label: "rival" });
  const pages = [fan.page, rival.page];
  await Promise.all(pages.map((p) => enterSeatMap(p, PLAN.seatRace)));

  const { label } = await seatInfo(availableSeats(fan.page).first());
  await Promise.all(pages.map((p) => seatButton(p, label).click()));
  const outcomes = await Promise.all(pages.map(outcome));
  expect([...outcomes].sort()).toEqual(["held", "taken"]);

  // The server agrees: one HELD reservation for that seat, owned by the winner.
  const [mine, theirs] = await Promise.all([reservationsOf(fan.request), reservationsOf(rival.request)]);
  const held = [...mine, ...theirs].filter((r) => r.status === "HELD" && r.seat.label === label);
  expect(held).toHaveLength(1);
  const loser = pages[outcomes.indexOf("taken")]!;
  await expect(seatButton(loser, label)).not.toHaveAccessibleName(/available$/i);
});
