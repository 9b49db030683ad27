/**
 * Payments over HTTP: the whole sequence a fan goes through, exactly-once
 * payment under double clicks and parallel requests, pay versus expiry, and
 * every failure path leaving money and seats untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { expectInvariants, joinQueue, makeFan } from "@/test/support/booking";
import type { ApiClient } from "@/test/support/client";
import { makeSchedule, walletState } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
let quick: AppServer;
beforeAll(async () => {
  const env = { QUEUE_ACTIVE_LIMIT: "5" };
  [a, b, quick] = (await startServers([env, env, { ...env, HOLD_TTL_SECONDS: "2" }])) as [AppServer, AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), quick.stop()]);
});

type Fan = { id: string; client: ApiClient; token: string };

async function activeFan(concertId: string, balance: number): Promise<Fan> {
  const fan = await makeFan(getDb(), a.url, { balance });
  return { ...fan, token: await joinQueue(fan.client, concertId) };
}

const holdSeat = (fan: Fan, seatId: string, client = fan.client) =>
  client.post("/api/v1/reservations", { seatId }, { "X-Queue-Token": fan.token });
const pay = (fan: Fan, reservationId: string, headers: Record<string, string> = {}, client = fan.client) =>
  client.post("/api/v1/payments", { reservationId }, { "X-Queue-Token": fan.token, ...headers });

describe("payments", () => {
  it("runs the whole sequence: dates, token, hold, top-up, pay, receipt, token expired, next fan admitted", async () => {
    const { concertId, scheduleId, seatIds } = await makeSchedule(getDb());
    const first = await makeFan(getDb(), a.url);
    // Dates are public.
    const dates = await first.client.get(`/api/v1/concerts/${concertId}/schedules`);
    expect(dates.json.items.map((d: { id: string }) => d.id)).toEqual([scheduleId]);
    // Five fans ahead fill the limit; ours waits.
    const ahead = await Promise.all(Array.from({ length: 5 }, () => activeFan(concertId, 0)));
    const token = await joinQueue(first.client, concertId);
    const fan: Fan = { ...first, token };
    expect((await fan.client.get(`/api/v1/queue/tokens/${token}`)).json).toMatchObject({ status: "WAITING", position: 1 });
    // One of them leaves: our fan is admitted.
    await ahead[0]!.client.delete(`/api/v1/queue/tokens/${ahead[0]!.token}`);
    expect((await fan.client.get(`/api/v1/queue/tokens/${token}`)).json.status).toBe("ACTIVE");

    const map = await fan.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": token });
    const seat = map.json.seats.find((s: { id: string }) => s.id === seatIds[12]);
    const held = await holdSeat(fan, seat.id);
    expect(held.status).toBe(201);
    // Not enough money: 402, nothing changes, the hold stays.
    const short = await pay(fan, held.json.id);
    expect([short.status, short.json.code]).toEqual([402, "INSUFFICIENT_BALANCE"]);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 0, ledgerSum: 0, rows: 0 });
    expect((await fan.client.get(`/api/v1/reservations/${held.json.id}`)).json.status).toBe("HELD");
    expect((await fan.client.post("/api/v1/wallet/charges", { amount: 200_000 })).status).toBe(201);

    const paid = await pay(fan, held.json.id, { "Idempotency-Key": "pay-1" });
    expect(paid.status).toBe(201);
    expect(paid.json).toEqual({
      id: expect.any(String),
      reservationId: held.json.id,
      amount: seat.price,
      paidAt: expect.any(String),
      balance: 200_000 - seat.price,
    });
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 200_000 - seat.price, ledgerSum: 200_000 - seat.price, rows: 2 });
    const receipt = await fan.client.get(`/api/v1/payments/${paid.json.id}`);
    expect(receipt.json).toMatchObject({
      id: paid.json.id,
      reservationId: held.json.id,
      amount: seat.price,
      seat: { id: seat.id, label: seat.label },
    });
    expect((await fan.client.get("/api/v1/payments")).json.items.map((p: { id: string }) => p.id)).toEqual([paid.json.id]);
    const reservation = await fan.client.get(`/api/v1/reservations/${held.json.id}`);
    expect(reservation.json).toMatchObject({ status: "CONFIRMED", paymentId: paid.json.id, concertId, scheduleId });
    expect((await fan.client.get("/api/v1/reservations?status=CONFIRMED")).json.items).toHaveLength(1);
    const ledger = await fan.client.get("/api/v1/wallet/transactions");
    expect(ledger.json.items[0]).toMatchObject({ type: "PAYMENT", amount: -seat.price, reservationId: held.json.id });
    // The row names what the money paid for: concert, date, seat and the receipt.
    const show = await getDb().schedule.findUniqueOrThrow({ where: { id: scheduleId }, select: { startsAt: true, concert: true } });
    expect(ledger.json.items[0].booking).toEqual({
      concertTitle: show.concert.title,
      concertTitleEn: show.concert.titleEn || null,
      startsAt: show.startsAt.toISOString(),
      timeZone: show.concert.timeZone,
      seat: { label: seat.label },
      paymentId: paid.json.id,
      bookingNumber: expect.stringMatching(/^SP-/),
    });
    expect(ledger.json.items.find((r: { type: string }) => r.type === "CHARGE").booking).toBeNull();
    // The reservation and the receipt carry the venue's zone, which the fan's pages show their times in.
    expect(reservation.json.timeZone).toBe(show.concert.timeZone);
    expect((await fan.client.get(`/api/v1/payments/${paid.json.id}`)).json.timeZone).toBe(show.concert.timeZone);
    // The token is spent; the slot went to the next fan.
    expect((await fan.client.get(`/api/v1/queue/tokens/${token}`)).json.status).toBe("EXPIRED");
    // Retrying with the same key replays the first response even though the token is spent.
    expect((await pay(fan, held.json.id, { "Idempotency-Key": "pay-1" })).text).toBe(paid.text);
    const sold = await ahead[1]!.client.get(`/api/v1/schedules/${scheduleId}/seats`, { "X-Queue-Token": ahead[1]!.token });
    expect(sold.json.seats.find((s: { id: string }) => s.id === seat.id).status).toBe("SOLD");
    await expectInvariants(getDb(), { activeLimit: 5 });
  });

  it("a double click without a key pays once; the second gets 409 RESERVATION_NOT_HELD", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 500_000);
    const held = await holdSeat(fan, seatIds[30]!);
    const [one, two] = await Promise.all([pay(fan, held.json.id), pay(fan, held.json.id, {}, fan.client.on(b.url))]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    expect([one, two].find((r) => r.status === 409)!.json.code).toBe("RESERVATION_NOT_HELD");
    const again = await pay(fan, held.json.id);
    expect([again.status, again.json.code]).toEqual([409, "RESERVATION_NOT_HELD"]);
    expect(await getDb().payment.count({ where: { reservationId: held.json.id } })).toBe(1);
    expect((await walletState(getDb(), fan.id)).balance).toBe(500_000 - 99_000);
    await expectInvariants(getDb());
  });

  it("10 parallel pays of one reservation over two instances, with and without one key: one payment", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    for (const key of [undefined, "same-key"]) {
      const fan = await activeFan(concertId, 1_000_000);
      const held = await holdSeat(fan, seatIds[key ? 41 : 40]!);
      const headers: Record<string, string> = key ? { "Idempotency-Key": key } : {};
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => pay(fan, held.json.id, headers, i % 2 ? fan.client.on(b.url) : fan.client)),
      );
      const ok = results.filter((r) => r.status === 201);
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      if (key) {
        expect(ok).toHaveLength(10);
        expect(new Set(ok.map((r) => r.text)).size).toBe(1);
      } else {
        expect(ok).toHaveLength(1);
        expect(results.filter((r) => r.status === 409 && r.json.code === "RESERVATION_NOT_HELD")).toHaveLength(9);
      }
      expect(await getDb().payment.count({ where: { reservationId: held.json.id } })).toBe(1);
      expect(await walletState(getDb(), fan.id)).toMatchObject({ balance: 1_000_000 - 99_000, rows: 2 });
    }
    await expectInvariants(getDb());
  });

  it("pay versus expiry: after the deadline 410 RESERVATION_EXPIRED and no money moves", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 300_000);
    const held = await holdSeat(fan, seatIds[20]!, fan.client.on(quick.url));
    expect(held.status).toBe(201);
    await new Promise((r) => setTimeout(r, new Date(held.json.heldUntil).getTime() - Date.now() + 200));
    const late = await pay(fan, held.json.id);
    expect([late.status, late.json.code]).toEqual([410, "RESERVATION_EXPIRED"]);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 300_000, ledgerSum: 300_000, rows: 1 });
    expect(await getDb().payment.count({ where: { reservationId: held.json.id } })).toBe(0);
    // Paid within the deadline it confirms, on the very same short-hold instance.
    const again = await holdSeat(fan, seatIds[21]!, fan.client.on(quick.url));
    expect((await pay(fan, again.json.id)).status).toBe(201);
    await expectInvariants(getDb());
  });

  it("scopes reservations and receipts to their owner and validates input", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const owner = await activeFan(concertId, 500_000);
    const stranger = await activeFan(concertId, 500_000);
    const held = await holdSeat(owner, seatIds[2]!);
    const paid = await pay(owner, held.json.id);
    expect((await stranger.client.get(`/api/v1/reservations/${held.json.id}`)).status).toBe(404);
    expect((await stranger.client.get(`/api/v1/payments/${paid.json.id}`)).status).toBe(404);
    const other = await holdSeat(stranger, seatIds[3]!);
    expect((await pay(owner, other.json.id)).status).toBe(404);
    expect((await pay(stranger, "no-such-reservation")).status).toBe(404);
    expect(
      (await stranger.client.request("POST", "/api/v1/payments", { body: "{", headers: { "X-Queue-Token": stranger.token } })).json.code,
    ).toBe("VALIDATION_FAILED");
    expect((await pay(stranger, other.json.id, { "Idempotency-Key": "x".repeat(256) })).json.code).toBe("VALIDATION_FAILED");
    expect((await stranger.client.get("/api/v1/reservations?status=NOPE")).status).toBe(400);
    expect((await stranger.client.get("/api/v1/payments?cursor=%%%")).status).toBe(400);
    expect((await stranger.client.get(`/api/v1/reservations/${other.json.id}`)).json.status).toBe("HELD");
    await expectInvariants(getDb());
  });
});
