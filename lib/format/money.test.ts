import { describe, expect, it } from "vitest";
import { formatKrw, formatKrwDelta } from "./money";

describe("formatKrw", () => {
  it.each([
    [0, "₩0"],
    [999, "₩999"],
    [1_000, "₩1,000"],
    [110_000, "₩110,000"],
    [10_000_000, "₩10,000,000"],
    [-99_000, "-₩99,000"],
  ])("formats %i as %s", (amount, text) => {
    expect(formatKrw(amount)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (amount) => {
    expect(() => formatKrw(amount)).toThrow(RangeError);
  });
});

describe("formatKrwDelta", () => {
  it("marks money in with + and money out with -", () => {
    expect(formatKrwDelta(30_000)).toBe("+₩30,000");
    expect(formatKrwDelta(-132_000)).toBe("-₩132,000");
    expect(formatKrwDelta(0)).toBe("₩0");
  });
});
