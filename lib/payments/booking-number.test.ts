import { describe, expect, it } from "vitest";
import { BOOKING_NUMBER_PATTERN, newBookingNumber, normaliseBookingNumber } from "./booking-number";

describe("booking numbers", () => {
  it("look like SP-XXXX-XXXX without look-alike symbols", () => {
    const numbers = Array.from({ length: 2000 }, newBookingNumber);
    for (const n of numbers) expect(n).toMatch(BOOKING_NUMBER_PATTERN);
    expect(numbers.join("")).not.toMatch(/[01IO]/);
    // 2000 draws from 2^40 values: a repeat here means the randomness is broken.
    expect(new Set(numbers).size).toBe(2000);
  });

  it("normalise what people type", () => {
    expect(normaliseBookingNumber("sp-7k3q-92xd")).toBe("SP-7K3Q-92XD");
    expect(normaliseBookingNumber(" 7K3Q 92XD ")).toBe("SP-7K3Q-92XD");
    expect(normaliseBookingNumber("SP7K3Q92XD")).toBe("SP-7K3Q-92XD");
    expect(normaliseBookingNumber("SP-7K3Q")).toBeNull();
    expect(normaliseBookingNumber("fan@example.com")).toBeNull();
  });
});
