import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseCharge } from "./parse-charge";
import { BAD_CHARGE_AMOUNTS } from "@/test/support/bad-input";

function errorOf(body: unknown): AppError {
  try {
    parseCharge(body);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("parseCharge accepted the body");
}

describe("parseCharge", () => {
  it.each([1_000, 1_001, 55_000, 1_000_000])("accepts %i", (amount) => {
    expect(parseCharge({ amount })).toEqual({ amount });
  });

  it("drops unknown fields", () => {
    expect(parseCharge({ amount: 2_000, currency: "USD" })).toEqual({ amount: 2_000 });
  });

  it.each([...BAD_CHARGE_AMOUNTS, ["NaN-like string", "NaN"], ["a boolean", true]] as [string, unknown][])(
    "refuses %s with INVALID_AMOUNT on path amount",
    (_what, amount) => {
      const error = errorOf(amount === undefined ? {} : { amount });
      expect(error.code).toBe("INVALID_AMOUNT");
      expect(error.status).toBe(400);
      expect(error.errors?.[0]?.path).toBe("amount");
    },
  );

  it("explains the limits in won", () => {
    expect(errorOf({ amount: 999 }).message).toContain("₩1,000");
    expect(errorOf({ amount: 1_000_001 }).message).toContain("₩1,000,000");
  });

  it.each([
    ["null", null],
    ["an array", [1_000]],
    ["a number", 1_000],
    ["a string", "amount=1000"],
  ])("refuses a body that is %s with VALIDATION_FAILED", (_what, body) => {
    const error = errorOf(body);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.status).toBe(400);
  });
});
