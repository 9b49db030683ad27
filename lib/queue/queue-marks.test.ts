import { describe, expect, it } from "vitest";
import { leftWhileWaiting, positionFrom } from "./queue-marks";

describe("positionFrom", () => {
  it("counts issue numbers between the admitted mark and mine, less departures ahead", () => {
    expect(positionFrom({ admittedSeq: 10, departures: [] }, 11)).toBe(1);
    expect(positionFrom({ admittedSeq: 10, departures: [] }, 15)).toBe(5);
    expect(positionFrom({ admittedSeq: 10, departures: [12, 13, 20] }, 15)).toBe(3);
    expect(positionFrom({ admittedSeq: 10, departures: [12, 13, 20] }, 21)).toBe(8);
  });

  it("never reports less than 1 for a waiting fan", () => {
    expect(positionFrom({ admittedSeq: 10, departures: [] }, 9)).toBe(1);
  });

  it("tells a departed issue number from one still waiting", () => {
    const marks = { departures: [12, 13, 20] };
    expect([11, 12, 13, 14, 20, 21].map((seq) => leftWhileWaiting(marks, seq))).toEqual([false, true, true, false, true, false]);
    expect(leftWhileWaiting({ departures: [] }, 5)).toBe(false);
  });
});
