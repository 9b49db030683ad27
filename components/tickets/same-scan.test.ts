import { describe, expect, it } from "vitest";
import { SAME_SCAN_MS, sameScanFilter } from "./same-scan";

describe("sameScanFilter", () => {
  it("sends a code held in front of the camera once, however long it stays (the window counts from the last read)", () => {
    const isNew = sameScanFilter();
    // A read every second for ten seconds: only the first is sent.
    const sent = Array.from({ length: 11 }, (_, i) => isNew("SP1-A", i * 1_000));
    expect(sent).toEqual([true, ...Array<boolean>(10).fill(false)]);
  });

  it("sends the code again once it was out of view for the whole window", () => {
    const isNew = sameScanFilter();
    expect(isNew("SP1-A", 0)).toBe(true);
    expect(isNew("SP1-A", SAME_SCAN_MS - 1)).toBe(false);
    expect(isNew("SP1-A", 2 * SAME_SCAN_MS - 1)).toBe(true);
  });

  it("sends another ticket at once, and the first again after it", () => {
    const isNew = sameScanFilter();
    expect(isNew("SP1-A", 0)).toBe(true);
    expect(isNew("SP1-B", 500)).toBe(true);
    expect(isNew("SP1-A", 1_000)).toBe(true);
  });
});
