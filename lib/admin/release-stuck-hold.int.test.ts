/** Staff releasing holds on a real database: one outcome under races, audit row, nothing else touched. */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { payReservation } from "@/lib/payments/pay-reservation";
import { makeSchedule, makeUser, walletState } from "@/test/support/fixtures";
import { buyAs, holdAs } from "@/test/support/purchases";
import { releaseStuckHold } from "./release-stuck-hold";

const db = () => getDb();
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("releaseStuckHold", () => {
  it("cancels the hold, frees the seat and writes who/why to the audit log", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db());
    const { concertId, scheduleId, seatIds } = await makeSchedule(db());
    const held = await holdAs(fan.id, concertId, seatIds[11]!);

    const view = await releaseStuckHold(admin.id, held.reservationId, "Fan's browser crashed");

    expect(view).toMatchObject({
      id: held.reservationId,
      status: "CANCELLED",
      scheduleId,
      concertId,
      seat: { id: seatIds[11], number: 12 },
    });
    expect(await db().seat.findUniqueOrThrow({ where: { id: seatIds[11]! } })).toMatchObject({
      status: "AVAILABLE",
      holderId: null,
      heldUntil: null,
    });
    expect(await db().auditLog.findMany({ where: { reservationId: held.reservationId } })).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "RELEASE_HOLD", reason: "Fan's browser crashed" }),
    ]);
  });

  it("5 parallel releases of one hold: exactly one succeeds, one audit row", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db());
    const { concertId, seatIds } = await makeSchedule(db());
    const held = await holdAs(fan.id, concertId, seatIds[0]!);

    const codes = await Promise.all(Array.from({ length: 5 }, () => codeOf(releaseStuckHold(admin.id, held.reservationId, "stuck"))));

    expect(codes.sort()).toEqual(["OK", "RESERVATION_NOT_HELD", "RESERVATION_NOT_HELD", "RESERVATION_NOT_HELD", "RESERVATION_NOT_HELD"]);
    expect(await db().auditLog.count({ where: { reservationId: held.reservationId } })).toBe(1);
  });

  it("release racing the fan's payment: exactly one wins and the state matches the winner", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const { concertId, seatIds } = await makeSchedule(db());
    for (let round = 0; round < 6; round++) {
      const fan = await makeUser(db(), { balance: 200_000 });
      const seatId = seatIds[round]!;
      const held = await holdAs(fan.id, concertId, seatId);
      const [released, paid] = await Promise.all([
        codeOf(releaseStuckHold(admin.id, held.reservationId, "race")),
        codeOf(payReservation({ userId: fan.id, reservationId: held.reservationId, token: held.token })),
      ]);
      expect([released, paid].filter((c) => c === "OK")).toHaveLength(1);
      const reservation = await db().reservation.findUniqueOrThrow({ where: { id: held.reservationId } });
      const seat = await db().seat.findUniqueOrThrow({ where: { id: seatId } });
      const wallet = await walletState(db(), fan.id);
      expect(wallet.balance).toBe(wallet.ledgerSum);
      if (released === "OK") {
        expect(reservation.status).toBe("CANCELLED");
        expect(seat.status).toBe("AVAILABLE");
        expect(wallet.balance).toBe(200_000);
      } else {
        expect(released).toBe("RESERVATION_NOT_HELD");
        expect(reservation.status).toBe("CONFIRMED");
        expect(seat.status).toBe("SOLD");
        expect(wallet.balance).toBe(200_000 - held.price);
      }
    }
  });

  it("refuses a confirmed booking, an unknown id, and a non-staff actor", async () => {
    const admin = await makeUser(db(), { role: "ADMIN" });
    const fan = await makeUser(db(), { balance: 200_000 });
    const { concertId, seatIds } = await makeSchedule(db());
    const bought = await buyAs(fan.id, concertId, seatIds[0]!);
    const held = await holdAs(fan.id, concertId, seatIds[1]!);

    await expect(releaseStuckHold(admin.id, bought.reservationId, "no")).rejects.toMatchObject({
      code: "RESERVATION_NOT_HELD",
      status: 409,
    });
    await expect(releaseStuckHold(admin.id, "missing", "no")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(releaseStuckHold(fan.id, held.reservationId, "my own")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().reservation.findUniqueOrThrow({ where: { id: held.reservationId } })).status).toBe("HELD");
    expect(await db().auditLog.count({ where: { actorId: { in: [admin.id, fan.id] } } })).toBe(0);
  });
});
