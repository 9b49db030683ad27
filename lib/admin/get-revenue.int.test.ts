/** Staff revenue is bucketed by the venue's calendar day, whatever zone the server runs in (issue 15 point 4). */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs } from "@/test/support/purchases";
import { getRevenue } from "./get-revenue";

const db = () => getDb();

describe("getRevenue", () => {
  it("puts a 03:39 Seoul sale on that Seoul day, not on the previous UTC day", async () => {
    const fan = await makeUser(db(), { balance: 1_000_000 });
    const { concertId, seatIds } = await makeSchedule(db(), { seats: 5 });
    const late = await buyAs(fan.id, concertId, seatIds[0]!);
    const evening = await buyAs(fan.id, concertId, seatIds[1]!);
    // 2026-12-09 03:39 KST is 2026-12-08 18:39 UTC; 2026-12-08 21:00 KST is 12:00 UTC the same day.
    await db().payment.update({ where: { id: late.paymentId }, data: { paidAt: new Date("2026-12-08T18:39:00Z") } });
    await db().payment.update({ where: { id: evening.paymentId }, data: { paidAt: new Date("2026-12-08T12:00:00Z") } });

    const { salesByDay } = await getRevenue(concertId);
    expect(salesByDay).toEqual([
      { day: "2026-12-08", tickets: 1, revenue: evening.price },
      { day: "2026-12-09", tickets: 1, revenue: late.price },
    ]);
  });
});
