/**
 * Tickets at the door and fan self-cancellation over HTTP, on two live
 * instances sharing one database (TEST_DB=sqlite|postgres): one admission per
 * ticket however many gates scan it at once, each verdict for forged, other
 * date and refunded tickets, and one refund per booking under parallel
 * cancels with money conserved.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRevenue } from "@/lib/admin/get-revenue";
import { refundBooking } from "@/lib/admin/refund-booking";
import { getDb } from "@/lib/db";
import { expectInvariants, makeFan } from "@/test/support/booking";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeSchedule, makeUser, walletState } from "@/test/support/fixtures";
import { buyAs, holdAs } from "@/test/support/purchases";
import { startServers, type AppServer } from "@/test/support/server";

const db = () => getDb();
let a: AppServer;
let b: AppServer;
let staffA: ApiClient;
let staffB: ApiClient;

beforeAll(async () => {
  [a, b] = (await startServers([{}, {}])) as [AppServer, AppServer];
  const admin = await makeUser(db(), { role: "ADMIN", name: "Gate Kim" });
  staffA = new ApiClient(a.url);
  await staffA.signIn(admin.email, admin.password);
  staffB = staffA.on(b.url);
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

/** A fan who bought one seat of a date `daysAhead` days away; their signed-in client and ticket code. */
async function boughtTicket(daysAhead = 20, balance = 500_000) {
  const { concertId, scheduleId, seatIds } = await makeSchedule(db(), { daysAhead, seats: 10 });
  const fan = await makeFan(db(), a.url, { balance });
  const bought = await buyAs(fan.id, concertId, seatIds[0]!);
  const ticket = await fan.client.get(`/api/v1/reservations/${bought.reservationId}/ticket`);
  expect(ticket.status).toBe(200);
  return { fan, concertId, scheduleId, seatIds, ...bought, code: ticket.json.code as string, ticket: ticket.json };
}

const noServerErrors = (responses: ApiResponse[]) => expect(responses.filter((r) => r.status >= 500).map((r) => r.text)).toEqual([]);

describe("tickets and check-in", () => {
  it("a bought seat has a signed ticket naming concert, date, seat and holder; a hold has none; others' are 404", async () => {
    const { fan, reservationId, scheduleId, ticket, concertId, seatIds } = await boughtTicket();
    expect(ticket).toMatchObject({ reservationId, scheduleId, status: "VALID", holderName: "Fan", checkedInAt: null });
    expect(ticket.code).toMatch(/^SP1-[A-Z2-7]+-[A-Z2-7]{26}$/);
    expect(ticket.bookingNumber).toMatch(/^SP-/);
    const held = await holdAs(fan.id, concertId, seatIds[1]!);
    expect((await fan.client.get(`/api/v1/reservations/${held.reservationId}/ticket`)).json.code).toBe("NOT_FOUND");
    const other = await makeFan(db(), a.url);
    expect((await other.client.get(`/api/v1/reservations/${reservationId}/ticket`)).status).toBe(404);
  });

  it("20 parallel check-ins of one ticket across two instances: exactly one ADMITTED, 19 ALREADY_CHECKED_IN naming it", async () => {
    const { fan, code, scheduleId, reservationId } = await boughtTicket();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? staffB : staffA).post("/api/v1/admin/check-ins", { code, scheduleId, gate: `Gate ${i}` }),
      ),
    );
    noServerErrors(responses);
    const admitted = responses.filter((r) => r.status === 201);
    expect(admitted).toHaveLength(1);
    expect(admitted[0]!.json).toMatchObject({ outcome: "ADMITTED", reservationId, holderName: "Fan", seat: { label: expect.any(String) } });
    const winner = admitted[0]!.json.checkIn;
    expect(winner).toMatchObject({ staffName: "Gate Kim", gate: expect.stringMatching(/^Gate \d+$/) });
    const already = responses.filter((r) => r.status === 200);
    expect(already).toHaveLength(19);
    for (const r of already) expect(r.json).toMatchObject({ outcome: "ALREADY_CHECKED_IN", checkIn: winner });
    expect(await db().checkIn.count({ where: { reservationId } })).toBe(1);
    // The fan's ticket now says it was used.
    const ticket = await fan.client.get(`/api/v1/reservations/${reservationId}/ticket`);
    expect(ticket.json).toMatchObject({ status: "CHECKED_IN", checkedInAt: winner.checkedInAt });
    // And the arrivals count it: 1 arrived of 1 sold.
    const arrivals = await staffA.get("/api/v1/admin/check-ins");
    expect(arrivals.json.items.find((i: { scheduleId: string }) => i.scheduleId === scheduleId)).toMatchObject({ arrived: 1, sold: 1 });
  });

  it("forged (one character changed), another date, a refunded ticket, junk: their verdicts, nothing admitted, no 5xx", async () => {
    const { code, scheduleId, reservationId } = await boughtTicket();
    const at = code.length - 5;
    const forged = code.slice(0, at) + (code[at] === "A" ? "B" : "A") + code.slice(at + 1);
    const payloadForged = code.replace(/^SP1-(.)/, (_, c: string) => `SP1-${c === "A" ? "B" : "A"}`);
    const other = await makeSchedule(db(), { daysAhead: 21, seats: 1 });
    const results = await Promise.all([
      staffA.post("/api/v1/admin/check-ins", { code: forged, scheduleId }),
      staffB.post("/api/v1/admin/check-ins", { code: payloadForged, scheduleId }),
      staffA.post("/api/v1/admin/check-ins", { code, scheduleId: other.scheduleId }),
      // Without a date the gate admits the show on the venue's today; this one is 20 days away.
      staffB.post("/api/v1/admin/check-ins", { code }),
      staffA.post("/api/v1/admin/check-ins", { code: "hello" }),
      staffA.post("/api/v1/admin/check-ins", { code: "" }),
      staffA.post("/api/v1/admin/check-ins", { code: "x".repeat(501) }),
    ]);
    noServerErrors(results);
    expect(results.map((r) => [r.status, r.json.code ?? r.json.outcome])).toEqual([
      [422, "TICKET_INVALID"],
      [422, "TICKET_INVALID"],
      [200, "WRONG_DATE"],
      [200, "WRONG_DATE"],
      [422, "TICKET_INVALID"],
      [400, "VALIDATION_FAILED"],
      [400, "VALIDATION_FAILED"],
    ]);
    expect(await db().checkIn.count({ where: { reservationId } })).toBe(0);

    const admin = await db().user.findFirstOrThrow({ where: { role: "ADMIN" } });
    await refundBooking(admin.id, reservationId, "fan asked");
    const refunded = await staffB.post("/api/v1/admin/check-ins", { code, scheduleId });
    expect([refunded.status, refunded.json.outcome, refunded.json.checkIn]).toEqual([200, "VOID", null]);
    expect(await db().checkIn.count({ where: { reservationId } })).toBe(0);
  });

  it("only staff check tickets in: a fan gets 403, nobody 401", async () => {
    const { fan, code, scheduleId } = await boughtTicket();
    expect((await fan.client.post("/api/v1/admin/check-ins", { code, scheduleId })).json.code).toBe("FORBIDDEN");
    expect((await new ApiClient(b.url).post("/api/v1/admin/check-ins", { code, scheduleId })).status).toBe(401);
  });
});

describe("fan self-cancellation", () => {
  it("quotes the band (8 days before: 10 %), then 10 parallel cancels on two instances refund once; money conserved, seat sellable, ticket void", async () => {
    const { fan, code, scheduleId, reservationId, price, concertId, seatIds } = await boughtTicket(8, 500_000);
    const quote = await fan.client.get(`/api/v1/reservations/${reservationId}/cancel-quote`);
    expect(quote.json).toMatchObject({
      cancellable: true,
      kind: "PERCENT",
      percent: 10,
      fee: price / 10,
      refund: price - price / 10,
      daysBefore: 8,
    });
    expect(quote.json.schedule).toEqual({
      freeDays: 7,
      flatFee: 4000,
      bands: [
        { fromDays: 9, percent: 10 },
        { fromDays: 6, percent: 20 },
        { fromDays: 2, percent: 30 },
      ],
      closesDaysBefore: 1,
    });
    const revenueBefore = (await getRevenue(concertId)).total;
    expect(revenueBefore).toBe(price);

    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => fan.client.on(i % 2 ? b.url : a.url).post(`/api/v1/reservations/${reservationId}/cancel`, {})),
    );
    noServerErrors(responses);
    const ok = responses.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    const fee = price / 10;
    expect(ok[0]!.json).toEqual({
      reservationId,
      status: "CANCELLED",
      price,
      fee,
      refundedAmount: price - fee,
      balanceAfter: 500_000 - fee,
    });
    expect(responses.filter((r) => r.status === 409).map((r) => r.json.code)).toEqual(Array(9).fill("RESERVATION_NOT_CONFIRMED"));

    // One refund row; balance = ledger; fan's balance + revenue (the fee stays) = what was charged.
    expect(await db().walletTransaction.count({ where: { reservationId, type: "REFUND" } })).toBe(1);
    expect(await walletState(db(), fan.id)).toMatchObject({ balance: 500_000 - fee, ledgerSum: 500_000 - fee });
    expect((await getRevenue(concertId)).total).toBe(fee);
    expect((await walletState(db(), fan.id)).balance + (await getRevenue(concertId)).total).toBe(500_000);
    expect(await db().auditLog.findMany({ where: { reservationId }, select: { action: true, actorId: true } })).toEqual([
      { action: "CANCEL", actorId: fan.id },
    ]);
    // My bookings says what came back and that the fan cancelled it.
    expect((await fan.client.get(`/api/v1/reservations/${reservationId}`)).json.refund).toEqual({
      amount: price - fee,
      fee,
      refundedAt: expect.any(String),
      by: "FAN",
      reason: null,
    });
    await expectInvariants(db());

    // The seat is on sale again, the ticket is void for the fan and at the gate.
    const next = await makeUser(db(), { balance: 500_000 });
    await expect(buyAs(next.id, concertId, seatIds[0]!)).resolves.toMatchObject({ price });
    const ticket = await fan.client.get(`/api/v1/reservations/${reservationId}/ticket`);
    expect(ticket.json).toMatchObject({ status: "VOID", code: null });
    const gate = await staffA.post("/api/v1/admin/check-ins", { code, scheduleId });
    expect([gate.status, gate.json.outcome]).toEqual([200, "VOID"]);
  });

  it("the same Idempotency-Key five times in parallel replays one cancellation; free within 7 days of booking", async () => {
    const { fan, reservationId, price } = await boughtTicket(20, 300_000);
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        fan.client.on(i % 2 ? b.url : a.url).post(`/api/v1/reservations/${reservationId}/cancel`, {}, { "Idempotency-Key": "cancel-1" }),
      ),
    );
    noServerErrors(responses);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    for (const r of responses)
      expect(r.json).toEqual({ reservationId, status: "CANCELLED", price, fee: 0, refundedAmount: price, balanceAfter: 300_000 });
    expect(await db().walletTransaction.count({ where: { reservationId, type: "REFUND" } })).toBe(1);
  });

  it("on the day of the show, for a used ticket, for someone else's booking: refused, nothing changed", async () => {
    const today = await boughtTicket(20);
    // The show moved to within the hour: today on the venue's calendar (unless run in the minute before Seoul midnight).
    await db().schedule.update({ where: { id: today.scheduleId }, data: { startsAt: new Date(Date.now() + 60_000) } });
    const quote = await today.fan.client.get(`/api/v1/reservations/${today.reservationId}/cancel-quote`);
    expect(quote.json).toMatchObject({ cancellable: false, kind: "CLOSED", fee: null, refund: null });
    const closed = await today.fan.client.post(`/api/v1/reservations/${today.reservationId}/cancel`, {});
    expect([closed.status, closed.json.code]).toEqual([409, "CANCELLATION_CLOSED"]);

    const used = await boughtTicket(20);
    expect((await staffA.post("/api/v1/admin/check-ins", { code: used.code, scheduleId: used.scheduleId })).status).toBe(201);
    const late = await used.fan.client.post(`/api/v1/reservations/${used.reservationId}/cancel`, {});
    expect([late.status, late.json.code]).toEqual([409, "CANCELLATION_CLOSED"]);

    const stranger = await makeFan(db(), b.url);
    expect((await stranger.client.post(`/api/v1/reservations/${used.reservationId}/cancel`, {})).status).toBe(404);
    expect(await db().reservation.count({ where: { id: { in: [today.reservationId, used.reservationId] }, status: "CONFIRMED" } })).toBe(2);
    expect(
      await db().walletTransaction.count({ where: { reservationId: { in: [today.reservationId, used.reservationId] }, type: "REFUND" } }),
    ).toBe(0);
  });
});
