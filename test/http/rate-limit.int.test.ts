/** Wallet top-ups are rate limited per user, across instances, with Retry-After. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeFan } from "@/test/support/booking";
import { walletState } from "@/test/support/fixtures";
import { startServers, type AppServer } from "@/test/support/server";

let a: AppServer;
let b: AppServer;
beforeAll(async () => {
  [a, b] = (await startServers([{ RATE_LIMIT_CHARGES_PER_MINUTE: "3" }, { RATE_LIMIT_CHARGES_PER_MINUTE: "3" }])) as [AppServer, AppServer];
});
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

it("refuses the 4th and later top-ups in a minute with 429 RATE_LIMITED and Retry-After, counted across instances", async () => {
  const fan = await makeFan(getDb(), a.url);
  // Windows are whole minutes: start well inside one, so exactly 3 get through.
  const toNextMinute = 60_000 - (Date.now() % 60_000);
  if (toNextMinute < 15_000) await new Promise((r) => setTimeout(r, toNextMinute + 200));
  const results = [];
  for (let i = 0; i < 6; i++)
    results.push(await (i % 2 ? fan.client.on(b.url) : fan.client).post("/api/v1/wallet/charges", { amount: 1_000 }));
  const ok = results.filter((r) => r.status === 201);
  const limited = results.filter((r) => r.status === 429);
  expect(ok).toHaveLength(3);
  expect(limited).toHaveLength(3);
  for (const r of limited) {
    expect(r.json.code).toBe("RATE_LIMITED");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  }
  expect(await walletState(getDb(), fan.id)).toMatchObject({ balance: ok.length * 1_000, ledgerSum: ok.length * 1_000 });
  // Another fan has their own budget.
  const other = await makeFan(getDb(), b.url);
  expect((await other.client.post("/api/v1/wallet/charges", { amount: 1_000 })).status).toBe(201);
});
