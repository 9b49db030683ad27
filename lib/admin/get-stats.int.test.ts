/** Staff numbers read expiry from timestamps: run-out holds and idle tokens do not count, refunds leave revenue. */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs, holdAs } from "@/test/support/purchases";
import { getQueueMonitor } from "./get-queue-monitor";
import { getStats } from "./get-stats";
import { refundBooking } from "./refund-booking";

const db = () => getDb();
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("getStats", () => {
  it("counts seats by effective state and revenue net of refunds", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 1_000_000 });
    const { concertId, seatIds } = await makeSchedule(db(), { seats: 20 });
    const sold = [await buyAs(fan.id, concertId, seatIds[0]!), await buyAs(fan.id, concertId, seatIds[1]!)];
    await holdAs(fan.id, concertId, seatIds[2]!);
    const stale = await holdAs(fan.id, concertId, seatIds[3]!);
    // A hold whose timer ran out, not yet swept: the seat row still says HELD.
    await db().seat.update({ where: { id: seatIds[3]! }, data: { heldUntil: minutesAgo(1) } });
    await db().reservation.update({ where: { id: stale.reservationId }, data: { heldUntil: minutesAgo(1) } });

    const before = await getStats(concertId);
    expect(before.seats).toEqual({ available: 17, held: 1, sold: 2 });
    expect(before.revenue).toBe(sold[0]!.price + sold[1]!.price);

    await refundBooking(admin.id, sold[0]!.reservationId, "test");
    const after = await getStats(concertId);
    expect(after.seats).toEqual({ available: 18, held: 1, sold: 1 });
    expect(after.revenue).toBe(sold[1]!.price);
  });
});

describe("queue numbers", () => {
  it("counts waiting and live active tokens, admission rate over 5 minutes and the oldest wait", async () => {
    const { concertId } = await makeSchedule(db(), { title: "Queue test" });
    const fans = await Promise.all(Array.from({ length: 7 }, () => makeUser(db())));
    const token = (i: number, data: Record<string, unknown>) =>
      db().queueToken.create({ data: { token: `t-${concertId}-${i}`, userId: fans[i]!.id, concertId, seq: i + 1, ...data } });
    await token(0, { status: "ACTIVE", activatedAt: minutesAgo(2), expiresAt: minutesAgo(-8) });
    await token(1, { status: "ACTIVE", activatedAt: minutesAgo(4), expiresAt: minutesAgo(-6) });
    await token(2, { status: "ACTIVE", activatedAt: minutesAgo(20), expiresAt: minutesAgo(10) }); // idled out, unswept
    await token(3, { status: "EXPIRED", activatedAt: minutesAgo(3), expiresAt: minutesAgo(-7) }); // paid and left
    await token(4, { status: "WAITING", createdAt: minutesAgo(9) });
    await token(5, { status: "WAITING", createdAt: minutesAgo(1) });
    await token(6, { status: "WAITING", createdAt: minutesAgo(0.5) });

    expect((await getStats(concertId)).queue).toEqual({ waiting: 3, active: 2 });
    const row = (await getQueueMonitor()).concerts.find((c) => c.concertId === concertId);
    expect(row).toMatchObject({ waiting: 3, active: 2, admissionPerMinute: 0.6 });
    expect(row!.oldestWaitingSeconds).toBeGreaterThanOrEqual(9 * 60 - 1);
    expect(row!.oldestWaitingSeconds).toBeLessThan(9 * 60 + 30);
  });
});
