import { describe, expect, it } from "vitest";
import { chargeAmountSchema, MAX_BALANCE, MAX_CHARGE, MIN_CHARGE, walletTransactionSchema } from "./wallet";

describe("chargeAmountSchema", () => {
  it("has the contract's limits", () => {
    expect([MIN_CHARGE, MAX_CHARGE, MAX_BALANCE]).toEqual([1_000, 1_000_000, 10_000_000]);
  });

  it.each([1_000, 1_000_000, 123_456])("accepts %i", (amount) => {
    expect(chargeAmountSchema.parse(amount)).toBe(amount);
  });

  it.each([0, -1, 999, 1_000_001, 1_000.5, "1000", null, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (amount) => {
    expect(chargeAmountSchema.safeParse(amount).success).toBe(false);
  });
});

describe("walletTransactionSchema", () => {
  it("accepts a ledger row and refuses an unknown type", () => {
    const row = {
      id: "t1",
      type: "PAYMENT",
      amount: -99_000,
      balanceAfter: 1_000,
      reservationId: "r1",
      booking: null,
      createdAt: "2026-12-24T10:00:00.000Z",
    };
    expect(walletTransactionSchema.parse(row)).toEqual(row);
    expect(walletTransactionSchema.safeParse({ ...row, type: "GIFT" }).success).toBe(false);
  });
});
