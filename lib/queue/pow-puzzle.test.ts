import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { leadingZeroBits, powInput } from "./pow-puzzle";

describe("proof-of-work puzzle", () => {
  it("counts leading zero bits", () => {
    expect(leadingZeroBits(new Uint8Array([0xff]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(new Uint8Array([0x00, 0x00, 0x10]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });

  it("a brute-force search finds a solution that meets the difficulty", () => {
    const nonce = "test-nonce";
    let solution = 0;
    const bits = (s: number) =>
      leadingZeroBits(
        createHash("sha256")
          .update(powInput(nonce, String(s)))
          .digest(),
      );
    while (bits(solution) < 8) solution++;
    expect(bits(solution)).toBeGreaterThanOrEqual(8);
    expect(solution).toBeGreaterThan(0);
  });
});
