import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { chargeWallet } from "@/lib/wallet/charge-wallet";
import { makeUser, walletState } from "@/test/support/fixtures";

describe("chargeWallet (in process, real database)", () => {
  it("50 parallel charges of 1,000 won give exactly 50,000 and 50 ledger rows", async () => {
    const db = getDb();
    const user = await makeUser(db);
    const results = await Promise.all(Array.from({ length: 50 }, () => chargeWallet(user.id, 1_000)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const balancesAfter = results.map((r) => r.body.transaction.balanceAfter).sort((a, b) => a - b);
    expect(balancesAfter).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) * 1_000));
    expect(await walletState(db, user.id)).toEqual({ balance: 50_000, ledgerSum: 50_000, rows: 50 });
  });

  it("the same key charges once and replays the first response", async () => {
    const db = getDb();
    const user = await makeUser(db);
    const results = await Promise.all(Array.from({ length: 10 }, () => chargeWallet(user.id, 5_000, "same-key")));
    expect(new Set(results.map((r) => JSON.stringify([r.status, r.body]))).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await walletState(db, user.id)).toEqual({ balance: 5_000, ledgerSum: 5_000, rows: 1 });
  });
});
