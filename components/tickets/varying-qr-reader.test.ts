import { ChecksumException, FormatException, NotFoundException } from "@zxing/library";
import { describe, expect, it } from "vitest";
import { DECODE_SCALES, decodeScale, isNoCodeError } from "./varying-qr-reader";

describe("VaryingQrReader's scales", () => {
  it("tries every scale in turn, starting at the frame's own, and starts over", () => {
    expect(Array.from({ length: 7 }, (_, tick) => decodeScale(tick))).toEqual([1, 0.75, 0.5, 1, 0.75, 0.5, 1]);
    expect(DECODE_SCALES[0]).toBe(1);
  });

  it("keeps scanning past frames without a readable code, and reports every other error", () => {
    expect([new NotFoundException(), new ChecksumException(), new FormatException()].map(isNoCodeError)).toEqual([true, true, true]);
    expect([new TypeError("canvas is gone"), new Error("IndexSizeError"), undefined].map(isNoCodeError)).toEqual([false, false, false]);
  });
});
