/**
 * Wallet over HTTP, on two app instances sharing one database: exact outcomes
 * under real parallelism, idempotency, and bad input that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { BAD_CHARGE_AMOUNTS } from "@/test/support/bad-input";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeUser, walletState } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
beforeAll(async () => {
  [a, b] = (await startServers([{}, {}])) as [AppServer, AppServer];
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});

async function signedInFan(balance = 0): Promise<{ id: string; client: ApiClient }> {
  const user = await makeUser(getDb(), { balance });
  const client = new ApiClient(a.url);
  await client.signIn(user.email, user.password);
  return { id: user.id, client };
}

function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json).toMatchObject({ status, code });
}

const charge = (client: ApiClient, amount: unknown, key?: string) =>
  client.post("/api/v1/wallet/charges", { amount }, key === undefined ? undefined : { "Idempotency-Key": key });

describe("wallet", () => {
  it("answers 401 UNAUTHENTICATED without a session on every wallet endpoint", async () => {
    const anon = new ApiClient(a.url);
    expectProblem(await anon.get("/api/v1/wallet"), 401, "UNAUTHENTICATED");
    expectProblem(await anon.get("/api/v1/wallet/transactions"), 401, "UNAUTHENTICATED");
    expectProblem(await charge(anon, 1_000), 401, "UNAUTHENTICATED");
  });

  it("charges once and returns the contract shape", async () => {
    const fan = await signedInFan();
    const res = await charge(fan.client, 25_000);
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      balance: 25_000,
      transaction: { id: expect.any(String), type: "CHARGE", amount: 25_000, balanceAfter: 25_000, createdAt: expect.any(String) },
    });
    expect(new Date(res.json.transaction.createdAt).toISOString()).toBe(res.json.transaction.createdAt);
    expect((await fan.client.get("/api/v1/wallet")).json).toEqual({ balance: 25_000, currency: "KRW" });
  });

  it("50 parallel charges of 1,000 won over two instances: balance exactly 50,000 and 50 ledger rows", async () => {
    const fan = await signedInFan();
    const onB = fan.client.on(b.url);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => charge(i % 2 ? onB : fan.client, 1_000)));
    expect(results.map((r) => r.status)).toEqual(Array<number>(50).fill(201));
    const after = results.map((r) => r.json.transaction.balanceAfter as number).sort((x, y) => x - y);
    expect(after).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) * 1_000));
    expect((await fan.client.get("/api/v1/wallet")).json.balance).toBe(50_000);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 50_000, ledgerSum: 50_000, rows: 50 });
  });

  it("the same Idempotency-Key 10 times in parallel charges once with identical responses", async () => {
    const fan = await signedInFan();
    const onB = fan.client.on(b.url);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => charge(i % 2 ? onB : fan.client, 7_000, "key-1")));
    expect(results.map((r) => r.status)).toEqual(Array<number>(10).fill(201));
    expect(new Set(results.map((r) => r.text)).size).toBe(1);
    expect(results[0]?.json.balance).toBe(7_000);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 7_000, ledgerSum: 7_000, rows: 1 });

    // A later retry replays the same response; another amount with the key is refused.
    expect((await charge(fan.client, 7_000, "key-1")).text).toBe(results[0]?.text);
    expectProblem(await charge(fan.client, 8_000, "key-1"), 422, "IDEMPOTENCY_KEY_REUSED");
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 7_000, ledgerSum: 7_000, rows: 1 });

    // Keys belong to one user: another fan's same key is a new charge.
    const other = await signedInFan();
    expect((await charge(other.client, 7_000, "key-1")).status).toBe(201);
    expect(await walletState(getDb(), other.id)).toEqual({ balance: 7_000, ledgerSum: 7_000, rows: 1 });
  });

  it.each(BAD_CHARGE_AMOUNTS)("refuses amount %s with 400 INVALID_AMOUNT and changes nothing", async (_what, amount) => {
    const fan = await signedInFan(3_000);
    const before = await walletState(getDb(), fan.id);
    const res = await charge(fan.client, amount);
    expectProblem(res, 400, "INVALID_AMOUNT");
    expect(res.json.errors[0].path).toBe("amount");
    expect(await walletState(getDb(), fan.id)).toEqual(before);
    expect(before).toEqual({ balance: 3_000, ledgerSum: 3_000, rows: 1 });
  });

  it("accepts the bounds 1,000 and 1,000,000", async () => {
    const fan = await signedInFan();
    expect((await charge(fan.client, 1_000)).status).toBe(201);
    expect((await charge(fan.client, 1_000_000)).status).toBe(201);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_001_000, ledgerSum: 1_001_000, rows: 2 });
  });

  it("refuses a charge past the 10,000,000 cap with 400 INVALID_AMOUNT; reaching it exactly is fine", async () => {
    const fan = await signedInFan(9_500_000);
    expectProblem(await charge(fan.client, 500_001), 400, "INVALID_AMOUNT");
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 9_500_000, ledgerSum: 9_500_000, rows: 1 });
    expect((await charge(fan.client, 500_000)).json.balance).toBe(10_000_000);
    expectProblem(await charge(fan.client, 1_000), 400, "INVALID_AMOUNT");
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 10_000_000, ledgerSum: 10_000_000, rows: 2 });
  });

  it("stops exactly at the cap when parallel charges race past it", async () => {
    const fan = await signedInFan(9_990_000);
    const results = await Promise.all(Array.from({ length: 20 }, () => charge(fan.client, 1_000)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 400 && r.json.code === "INVALID_AMOUNT")).toHaveLength(10);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 10_000_000, ledgerSum: 10_000_000, rows: 11 });
  });

  it.each([
    ["malformed JSON", '{"amount": 1000', "VALIDATION_FAILED"],
    ["an empty body", "", "VALIDATION_FAILED"],
    ["a JSON array", "[1000]", "VALIDATION_FAILED"],
    ["a JSON number", "1000", "VALIDATION_FAILED"],
    ["a 1 MB body", JSON.stringify({ amount: 1_000, pad: "x".repeat(1024 * 1024) }), "VALIDATION_FAILED"],
  ])("refuses %s with 400 %s and changes nothing", async (_what, body, code) => {
    const fan = await signedInFan(3_000);
    expectProblem(await fan.client.request("POST", "/api/v1/wallet/charges", { body }), 400, code);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 3_000, ledgerSum: 3_000, rows: 1 });
  });

  it("refuses an Idempotency-Key longer than 255 characters and changes nothing", async () => {
    const fan = await signedInFan();
    expectProblem(await charge(fan.client, 1_000, "k".repeat(256)), 400, "VALIDATION_FAILED");
    expect((await charge(fan.client, 1_000, "k".repeat(255))).status).toBe(201);
    expect(await walletState(getDb(), fan.id)).toEqual({ balance: 1_000, ledgerSum: 1_000, rows: 1 });
  });

  it("lists the caller's own transactions, newest first", async () => {
    const fan = await signedInFan();
    const other = await signedInFan();
    await charge(other.client, 9_000);
    for (const amount of [1_000, 2_000, 3_000]) expect((await charge(fan.client, amount)).status).toBe(201);
    const res = await fan.client.get("/api/v1/wallet/transactions");
    expect(res.status).toBe(200);
    expect(res.json.nextCursor).toBeNull();
    expect(res.json.items.map((t: { amount: number; balanceAfter: number }) => [t.amount, t.balanceAfter])).toEqual([
      [3_000, 6_000],
      [2_000, 3_000],
      [1_000, 1_000],
    ]);
    expect(res.json.items[0]).toEqual({
      id: expect.any(String),
      type: "CHARGE",
      amount: 3_000,
      balanceAfter: 6_000,
      reservationId: null,
      createdAt: expect.any(String),
      booking: null,
    });
  });
});
