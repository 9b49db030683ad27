/**
 * Basket payments over HTTP (`POST /api/v1/payments` with `reservationIds`):
 * several seats of one date in one payment, all or none, under real
 * parallel requests across two instances, with money conserved.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { BOOKING_NUMBER_PATTERN } from "@/lib/payments/booking-number";
import { expectInvariants, joinQueue, makeFan } from "@/test/support/booking";
import type { ApiClient } from "@/test/support/client";
import { makeSchedule, walletState } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
let quick: AppServer;
beforeAll(async () => {
  [a, b, quick] = (await startServers([{}, {}, { HOLD_TTL_SECONDS: "2" }])) as [AppServer, AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), quick.stop()]);
});

type Fan = { id: string; client: ApiClient; token: string };

async function activeFan(concertId: string, balance: number): Promise<Fan> {
  const fan = await makeFan(getDb(), a.url, { balance });
  return { ...fan, token: await joinQueue(fan.client, concertId) };
}

async function hold(fan: Fan, seatId: string, client = fan.client): Promise<{ id: string; price: number; heldUntil: string }> {
  const res = await client.post("/api/v1/reservations", { seatId }, { "X-Queue-Token": fan.token });
  expect(res.status).toBe(201);
  return res.json;
}

const payAll = (fan: Fan, reservationIds: string[], headers: Record<string, string> = {}, client = fan.client) =>
  client.post("/api/v1/payments", { reservationIds }, { "X-Queue-Token": fan.token, ...headers });

const statusesOf = async (ids: string[]) =>
  (await getDb().reservation.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } }))
    .sort((x, y) => ids.indexOf(x.id) - ids.indexOf(y.id))
    .map((r) => r.status);

describe("basket payments", () => {
  it("pays 4 seats at once: one payment with a booking number, one ledger row per seat, one receipt listing them, the token spent once", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 1_000_000);
    const held = [];
    for (const i of [3, 0, 12, 49]) held.push(await hold(fan, seatIds[i]!));
    const ids = held.map((h) => h.id);
    const total = held.reduce((s, h) => s + h.price, 0);

    const paid = await payAll(fan, ids, { "Idempotency-Key": "basket-1" });
    expect(paid.status).toBe(201);
    expect(paid.json).toMatchObject({ reservationId: ids[0], reservationIds: ids, amount: total, balance: 1_000_000 - total });
    expect(paid.json.bookingNumber).toMatch(BOOKING_NUMBER_PATTERN);
    expect(paid.json.seats.map((s: { reservationId: string }) => s.reservationId)).toEqual(ids);
    expect(await statusesOf(ids)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED"]);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_000_000 - total, ledgerSum: 1_000_000 - total, rows: 5 });
    const ledger = await fan.client.get("/api/v1/wallet/transactions");
    expect(
      ledger.json.items
        .filter((t: { type: string }) => t.type === "PAYMENT")
        .map((t: { reservationId: string }) => t.reservationId)
        .sort(),
    ).toEqual([...ids].sort());

    const receipts = await fan.client.get("/api/v1/payments");
    expect(receipts.json.items).toHaveLength(1);
    const receipt = receipts.json.items[0];
    expect(receipt).toMatchObject({ id: paid.json.id, bookingNumber: paid.json.bookingNumber, amount: total, reservationId: ids[0] });
    // The receipt lists its seats in seat order, B-3, E-10.
    expect(receipt.seats.map((s: { label: string }) => s.label)).toEqual(["A-1", "A-4", "B-3", "E-10"]);
    expect(receipt.seats.every((s: { status: string }) => s.status === "CONFIRMED")).toBe(true);
    expect((await fan.client.get(`/api/v1/payments/${paid.json.id}`)).json.seats).toHaveLength(4);
    for (const id of ids) expect((await fan.client.get(`/api/v1/reservations/${id}`)).json.paymentId).toBe(paid.json.id);

    expect((await fan.client.get(`/api/v1/queue/tokens/${fan.token}`)).json.status).toBe("EXPIRED");
    // The same key replays the first answer although the token is spent; another body with it is refused.
    expect((await payAll(fan, ids, { "Idempotency-Key": "basket-1" })).text).toBe(paid.text);
    expect((await payAll(fan, ids.slice(1), { "Idempotency-Key": "basket-1" })).json.code).toBe("IDEMPOTENCY_KEY_REUSED");
    await expectInvariants(getDb());
  });

  it("a hold that runs out fails the whole basket: nothing charged, the answer names the seat, the others stay held", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 1_000_000);
    // One short hold (2 s) and three normal ones.
    const short = await hold(fan, seatIds[7]!, fan.client.on(quick.url));
    const rest = [await hold(fan, seatIds[8]!), await hold(fan, seatIds[9]!), await hold(fan, seatIds[10]!)];
    const ids = [rest[0]!.id, short.id, rest[1]!.id, rest[2]!.id];
    // Pay right at the short hold's deadline, from both instances at once: whatever wins, it is all four or none.
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(short.heldUntil).getTime() - Date.now())));
    const racing = await Promise.all([payAll(fan, ids), payAll(fan, ids, {}, fan.client.on(b.url))]);
    expect(racing.filter((r) => r.status >= 500)).toEqual([]);
    const won = racing.filter((r) => r.status === 201);
    expect(won.length).toBeLessThanOrEqual(1);
    const statuses = await statusesOf(ids);
    if (won.length === 1) {
      expect(statuses).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED"]);
    } else {
      expect(statuses.filter((s) => s === "CONFIRMED")).toEqual([]);
      expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_000_000, ledgerSum: 1_000_000, rows: 1 });
    }
    await expectInvariants(getDb());
  });

  it("after the deadline: 410 naming the expired seat, no money moves, all four stay as they were", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 1_000_000);
    const short = await hold(fan, seatIds[20]!, fan.client.on(quick.url));
    await new Promise((r) => setTimeout(r, new Date(short.heldUntil).getTime() - Date.now() + 200));
    const rest = [await hold(fan, seatIds[21]!), await hold(fan, seatIds[22]!), await hold(fan, seatIds[23]!)];
    const ids = [rest[0]!.id, rest[1]!.id, short.id, rest[2]!.id];
    const before = await statusesOf(ids);

    const late = await payAll(fan, ids);
    expect([late.status, late.json.code]).toEqual([410, "RESERVATION_EXPIRED"]);
    expect(late.json.errors).toEqual([{ path: "reservationIds.2", message: expect.stringContaining("Seat C-1") }]);
    expect(late.json.detail).toContain("C-1");
    expect(await statusesOf(ids)).toEqual(before);
    expect(before).toEqual(["HELD", "HELD", "HELD", "HELD"]);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_000_000, ledgerSum: 1_000_000, rows: 1 });
    expect(await getDb().payment.count({ where: { userId: fan.id } })).toBe(0);
    expect((await fan.client.get(`/api/v1/queue/tokens/${fan.token}`)).json.status).toBe("ACTIVE");
    // The three live holds still pay together.
    expect(
      (
        await payAll(
          fan,
          rest.map((r) => r.id),
        )
      ).status,
    ).toBe(201);
    await expectInvariants(getDb());
  });

  it("two baskets sharing a seat, paid at once on two instances: never both", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    for (let round = 0; round < 3; round++) {
      const fan = await activeFan(concertId, 1_000_000);
      const [x, y, z] = [
        await hold(fan, seatIds[round * 3]!),
        await hold(fan, seatIds[round * 3 + 1]!),
        await hold(fan, seatIds[round * 3 + 2]!),
      ];
      const [one, two] = await Promise.all([payAll(fan, [x!.id, y!.id]), payAll(fan, [z!.id, y!.id], {}, fan.client.on(b.url))]);
      expect([one.status, two.status].sort()).toEqual([201, 409]);
      const loser = one.status === 409 ? one : two;
      expect(loser.json.code).toBe("RESERVATION_NOT_HELD");
      expect(loser.json.errors).toEqual([{ path: "reservationIds.1", message: expect.stringContaining("already confirmed") }]);
      const winner = one.status === 201 ? one : two;
      const lostOnly = one.status === 201 ? z! : x!;
      expect(await statusesOf([y!.id, lostOnly.id])).toEqual(["CONFIRMED", "HELD"]);
      expect((await walletState(getDb(), fan.id)).balance).toBe(1_000_000 - winner.json.amount);
    }
    await expectInvariants(getDb());
  });

  it("10 parallel pays of one basket over two instances, with and without one key: one payment", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    for (const key of [undefined, "same-basket-key"]) {
      const fan = await activeFan(concertId, 1_000_000);
      const base = key ? 40 : 30;
      const held = [await hold(fan, seatIds[base]!), await hold(fan, seatIds[base + 1]!), await hold(fan, seatIds[base + 2]!)];
      const ids = held.map((h) => h.id);
      const total = held.reduce((s, h) => s + h.price, 0);
      const headers: Record<string, string> = key ? { "Idempotency-Key": key } : {};
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => payAll(fan, ids, headers, i % 2 ? fan.client.on(b.url) : fan.client)),
      );
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      const ok = results.filter((r) => r.status === 201);
      if (key) {
        expect(ok).toHaveLength(10);
        expect(new Set(ok.map((r) => r.text)).size).toBe(1);
      } else {
        expect(ok).toHaveLength(1);
        expect(results.filter((r) => r.status === 409 && r.json.code === "RESERVATION_NOT_HELD")).toHaveLength(9);
      }
      expect(await getDb().payment.count({ where: { userId: fan.id } })).toBe(1);
      expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_000_000 - total, ledgerSum: 1_000_000 - total, rows: 4 });
    }
    await expectInvariants(getDb());
  });

  it("refuses bad baskets with a 4xx and changes nothing; money is conserved across every fan", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const other = await makeSchedule(getDb(), { concertId, daysAhead: 9 });
    const fan = await activeFan(concertId, 250_000);
    const stranger = await activeFan(concertId, 250_000);
    // Three S seats at ₩99,000.
    const mine = [await hold(fan, seatIds[30]!), await hold(fan, seatIds[31]!), await hold(fan, seatIds[32]!)];
    const elsewhere = await hold(fan, other.seatIds[0]!);
    const theirs = await hold(stranger, seatIds[5]!);
    const ids = mine.map((m) => m.id);
    const codeOf = async (body: unknown) => {
      const res = await fan.client.post("/api/v1/payments", body, { "X-Queue-Token": fan.token });
      return [res.status, res.json.code];
    };
    expect(await codeOf({ reservationIds: [] })).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({ reservationIds: [ids[0], ids[0]] })).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({ reservationIds: "nope" })).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({ reservationId: ids[0], reservationIds: ids })).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({})).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({ reservationIds: [ids[0], elsewhere.id] })).toEqual([400, "VALIDATION_FAILED"]);
    expect(await codeOf({ reservationIds: [ids[0], theirs.id] })).toEqual([404, "NOT_FOUND"]);
    // 250,000 covers two of the seats but not all three: nothing is charged for any.
    expect(mine.reduce((s, m) => s + m.price, 0)).toBeGreaterThan(250_000);
    expect(await codeOf({ reservationIds: ids })).toEqual([402, "INSUFFICIENT_BALANCE"]);
    expect(await statusesOf([...ids, elsewhere.id, theirs.id])).toEqual(["HELD", "HELD", "HELD", "HELD", "HELD"]);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 250_000, ledgerSum: 250_000, rows: 1 });
    expect(await getDb().payment.count({ where: { userId: { in: [fan.id, stranger.id] } } })).toBe(0);
    // Two seats fit the balance: they pay.
    expect((await payAll(fan, ids.slice(0, 2))).status).toBe(201);
    const users = await getDb().user.aggregate({ _sum: { balance: true } });
    const charged = await getDb().walletTransaction.aggregate({ where: { type: "CHARGE" }, _sum: { amount: true } });
    const spent = await getDb().payment.aggregate({ _sum: { amount: true } });
    expect(users._sum.balance).toBe((charged._sum.amount ?? 0) - (spent._sum.amount ?? 0));
    await expectInvariants(getDb());
  });

  it("the web UI's cookie (no header) picks the call's concert token for hold, release and a basket pay", async () => {
    const { concertId, seatIds } = await makeSchedule(getDb());
    const { concertId: otherConcert } = await makeSchedule(getDb());
    const fan = await activeFan(concertId, 1_000_000);
    const other = await joinQueue(fan.client, otherConcert);
    // The cookie holds a token per concert; the edge picks the one of the seat's / reservation's concert.
    fan.client.cookies.set("sp_queue", encodeURIComponent(JSON.stringify({ [otherConcert]: other, [concertId]: fan.token })));
    const held = [];
    for (const i of [0, 1, 2]) {
      const res = await fan.client.post("/api/v1/reservations", { seatId: seatIds[i] });
      expect(res.status).toBe(201);
      held.push(res.json as { id: string; price: number });
    }
    expect((await fan.client.delete(`/api/v1/reservations/${held[2]!.id}`)).status).toBe(204);
    const ids = held.slice(0, 2).map((h) => h.id);
    const paid = await fan.client.post("/api/v1/payments", { reservationIds: ids });
    expect(paid.status).toBe(201);
    expect(await statusesOf([...ids, held[2]!.id])).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    // Without the concert's entry the call has no token at all.
    fan.client.cookies.set("sp_queue", encodeURIComponent(JSON.stringify({ [otherConcert]: other })));
    const refused = await fan.client.post("/api/v1/reservations", { seatId: seatIds[3] });
    expect([refused.status, refused.json.code]).toEqual([401, "QUEUE_TOKEN_MISSING"]);
    await expectInvariants(getDb());
  });
});
