/**
 * Refunds on a real database (TEST_DB=sqlite|postgres): exactly once under
 * parallel clicks, money conserved, and only for staff the database still
 * knows as ADMIN.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeSchedule, makeUser, walletState } from "@/test/support/fixtures";
import { expectInvariants } from "@/test/support/booking";
import { buyAs, buyBasketAs, holdAs } from "@/test/support/purchases";
import { getReservation } from "../reservations/get-reservation";
import { getStats } from "./get-stats";
import { listAuditLog } from "./list-audit-log";
import { refundBooking } from "./refund-booking";

const db = () => getDb();

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "OK",
    (e: { code?: string }) => e.code ?? String(e),
  );
}

/** sold seats == confirmed reservations == paid seats, for one schedule. */
async function salesInvariant(scheduleId: string) {
  const [sold, confirmed, paid] = await Promise.all([
    db().seat.count({ where: { scheduleId, status: "SOLD" } }),
    db().reservation.count({ where: { scheduleId, status: "CONFIRMED" } }),
    db().reservation.count({ where: { scheduleId, status: "CONFIRMED", paymentId: { not: null } } }),
  ]);
  return { sold, confirmed, paid };
}

describe("refundBooking", () => {
  it("refunds a confirmed booking: REFUND row, seat back on sale, payment marked, audit row", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 500_000 });
    const { concertId, scheduleId, seatIds } = await makeSchedule(db());
    const bought = await buyAs(fan.id, concertId, seatIds[0]!);
    expect((await walletState(db(), fan.id)).balance).toBe(500_000 - bought.price);

    const result = await refundBooking(admin.id, bought.reservationId, "Fan is ill");

    expect(result).toEqual({ reservationId: bought.reservationId, refundedAmount: bought.price, balanceAfter: 500_000 });
    const reservation = await db().reservation.findUniqueOrThrow({ where: { id: bought.reservationId } });
    expect(reservation.status).toBe("CANCELLED");
    expect(reservation.endedAt).not.toBeNull();
    const seat = await db().seat.findUniqueOrThrow({ where: { id: seatIds[0]! } });
    expect(seat).toMatchObject({ status: "AVAILABLE", holderId: null, heldUntil: null });
    const payment = await db().payment.findUniqueOrThrow({ where: { id: bought.paymentId } });
    expect(payment.refundedAt).not.toBeNull();
    const refunds = await db().walletTransaction.findMany({ where: { userId: fan.id, type: "REFUND" } });
    expect(refunds).toEqual([
      expect.objectContaining({ amount: bought.price, balanceAfter: 500_000, reservationId: bought.reservationId }),
    ]);
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 500_000, ledgerSum: 500_000 });
    const audit = await db().auditLog.findMany({ where: { reservationId: bought.reservationId } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, action: "REFUND", reason: "Fan is ill" })]);
    // The fan's own view of the booking says it was refunded by staff, how much and why.
    expect((await getReservation(fan.id, bought.reservationId)).refund).toEqual({
      amount: bought.price,
      fee: 0,
      refundedAt: reservation.endedAt!.toISOString(),
      by: "STAFF",
      reason: "Fan is ill",
    });
    // Staff read the audit row as fan, seat, concert, date and booking number, not a bare id.
    const [entry] = (await listAuditLog({ limit: 1, reservationId: bought.reservationId })).items;
    expect(entry!.booking).toEqual({
      user: { id: fan.id, email: fan.email, name: expect.any(String) },
      seat: { label: "A-1" },
      concertTitle: expect.any(String),
      concertTitleEn: expect.toBeOneOf([null, expect.any(String)]),
      timeZone: "Asia/Seoul",
      startsAt: expect.any(String),
      bookingNumber: payment.bookingNumber,
    });
    expect(await salesInvariant(scheduleId)).toEqual({ sold: 0, confirmed: 0, paid: 0 });
    // A bought seat still bought has no refund.
    const kept = await buyAs(fan.id, concertId, seatIds[1]!);
    expect((await getReservation(fan.id, kept.reservationId)).refund).toBeNull();
  });

  it("10 parallel refunds of one booking: exactly one succeeds, the rest get RESERVATION_NOT_CONFIRMED", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 300_000 });
    const { concertId, seatIds } = await makeSchedule(db());
    const bought = await buyAs(fan.id, concertId, seatIds[3]!);

    const codes = await Promise.all(
      Array.from({ length: 10 }, () => codeOf(refundBooking(admin.id, bought.reservationId, "double click"))),
    );

    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "RESERVATION_NOT_CONFIRMED")).toHaveLength(9);
    expect(await db().walletTransaction.count({ where: { userId: fan.id, type: "REFUND" } })).toBe(1);
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 300_000, ledgerSum: 300_000 });
    expect(await db().auditLog.count({ where: { reservationId: bought.reservationId } })).toBe(1);
  });

  it("conserves money across parallel refunds of different bookings: balances and revenue move by exactly the refunds", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const { concertId, scheduleId, seatIds } = await makeSchedule(db());
    const fans = await Promise.all(Array.from({ length: 4 }, () => makeUser(db(), { balance: 1_000_000 })));
    const bookings = [];
    for (const [i, fan] of fans.entries()) {
      for (let k = 0; k < 2; k++) bookings.push({ fan, ...(await buyAs(fan.id, concertId, seatIds[i * 2 + k]!)) });
    }
    const charged = 4 * 1_000_000;
    const before = await getStats(concertId);
    const sumOfBalances = async () =>
      (await db().user.aggregate({ where: { id: { in: fans.map((f) => f.id) } }, _sum: { balance: true } }))._sum.balance ?? 0;
    expect((await sumOfBalances()) + before.revenue).toBe(charged);

    // Refund every other booking, all at once, each one clicked twice.
    const toRefund = bookings.filter((_, i) => i % 2 === 0);
    const codes = await Promise.all(
      toRefund.flatMap((b) => [b, b]).map((b) => codeOf(refundBooking(admin.id, b.reservationId, "event moved"))),
    );
    expect(codes.filter((c) => c === "OK")).toHaveLength(toRefund.length);
    expect(codes.filter((c) => c === "RESERVATION_NOT_CONFIRMED")).toHaveLength(toRefund.length);

    const refunded = toRefund.reduce((acc, b) => acc + b.price, 0);
    const after = await getStats(concertId);
    expect(after.revenue).toBe(before.revenue - refunded);
    expect(after.seats.sold).toBe(before.seats.sold - toRefund.length);
    expect((await sumOfBalances()) + after.revenue).toBe(charged);
    for (const fan of fans) {
      const w = await walletState(db(), fan.id);
      expect(w.balance).toBe(w.ledgerSum);
    }
    const inv = await salesInvariant(scheduleId);
    expect(inv).toEqual({
      sold: bookings.length - toRefund.length,
      confirmed: bookings.length - toRefund.length,
      paid: bookings.length - toRefund.length,
    });
    await expectInvariants(db());
  });

  it("refuses anything not CONFIRMED and unknown ids, changing nothing", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 200_000 });
    const { concertId, seatIds } = await makeSchedule(db());
    const held = await holdAs(fan.id, concertId, seatIds[0]!);

    await expect(refundBooking(admin.id, held.reservationId, "nope")).rejects.toMatchObject({
      code: "RESERVATION_NOT_CONFIRMED",
      status: 409,
    });
    await expect(refundBooking(admin.id, "no-such-reservation", "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().reservation.findUniqueOrThrow({ where: { id: held.reservationId } })).status).toBe("HELD");
    expect(await db().auditLog.count({ where: { actorId: admin.id } })).toBe(0);
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 200_000, ledgerSum: 200_000 });
  });

  it("re-checks the role in the database: a demoted staff member cannot refund, nothing changes", async () => {
    const formerStaff = await makeUser(db(), { role: "USER" });
    const fan = await makeUser(db(), { balance: 200_000 });
    const { concertId, seatIds } = await makeSchedule(db());
    const bought = await buyAs(fan.id, concertId, seatIds[0]!);

    await expect(refundBooking(formerStaff.id, bought.reservationId, "sneaky")).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect((await db().reservation.findUniqueOrThrow({ where: { id: bought.reservationId } })).status).toBe("CONFIRMED");
    expect((await db().payment.findUniqueOrThrow({ where: { id: bought.paymentId } })).refundedAt).toBeNull();
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 200_000 - bought.price });
  });

  it("puts the seat back on sale: another fan can buy it after the refund", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const [first, second] = await Promise.all([makeUser(db(), { balance: 200_000 }), makeUser(db(), { balance: 200_000 })]);
    const { concertId, scheduleId, seatIds } = await makeSchedule(db());
    const bought = await buyAs(first.id, concertId, seatIds[0]!);
    await refundBooking(admin.id, bought.reservationId, "resale");
    const again = await buyAs(second.id, concertId, seatIds[0]!);
    expect(again.price).toBe(bought.price);
    expect(await salesInvariant(scheduleId)).toEqual({ sold: 1, confirmed: 1, paid: 1 });
  });

  it("refunds a basket seat by seat: each seat its own price, the payment refunded when its last seat is", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 1_000_000 });
    const { concertId, scheduleId, seatIds } = await makeSchedule(db());
    // A-1 (165,000) and E-10 (99,000) in one payment.
    const bought = await buyBasketAs(fan.id, concertId, [seatIds[0]!, seatIds[49]!]);
    expect(bought.amount).toBe(264_000);
    const [first, second] = bought.reservationIds as [string, string];

    expect(await refundBooking(admin.id, second, "one friend cannot come")).toEqual({
      reservationId: second,
      refundedAmount: 99_000,
      balanceAfter: 1_000_000 - 165_000,
    });
    expect((await db().payment.findUniqueOrThrow({ where: { id: bought.paymentId } })).refundedAt).toBeNull();
    expect(await salesInvariant(scheduleId)).toEqual({ sold: 1, confirmed: 1, paid: 1 });
    expect(await getStats(concertId)).toMatchObject({ revenue: 165_000, seats: { sold: 1 } });
    await expect(refundBooking(admin.id, second, "again")).rejects.toMatchObject({ code: "RESERVATION_NOT_CONFIRMED" });

    await refundBooking(admin.id, first, "show moved");
    expect((await db().payment.findUniqueOrThrow({ where: { id: bought.paymentId } })).refundedAt).not.toBeNull();
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 1_000_000, ledgerSum: 1_000_000 });
    await expectInvariants(db());
  });

  it("parallel refunds of every seat of a basket: each once, and the payment ends refunded", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 1_000_000 });
    const { concertId, seatIds } = await makeSchedule(db());
    const bought = await buyBasketAs(fan.id, concertId, seatIds.slice(10, 14));
    const attempts = [...bought.reservationIds, ...bought.reservationIds].map((id) => codeOf(refundBooking(admin.id, id, "cancelled")));
    const codes = await Promise.all(attempts);
    expect(codes.filter((c) => c === "OK")).toHaveLength(4);
    expect(codes.filter((c) => c === "RESERVATION_NOT_CONFIRMED")).toHaveLength(4);
    expect((await db().payment.findUniqueOrThrow({ where: { id: bought.paymentId } })).refundedAt).not.toBeNull();
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 1_000_000, ledgerSum: 1_000_000 });
    await expectInvariants(db());
  });
});
