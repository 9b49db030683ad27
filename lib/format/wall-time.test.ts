import { describe, expect, it } from "vitest";
import { wallTimeToInstant } from "./wall-time";

describe("wallTimeToInstant", () => {
  it("reads the wall time in the venue's zone", () => {
    expect(wallTimeToInstant("2026-12-20T19:00", "Asia/Seoul")).toBe("2026-12-20T10:00:00.000Z");
    expect(wallTimeToInstant("2026-07-01T20:30", "Europe/London")).toBe("2026-07-01T19:30:00.000Z");
    expect(wallTimeToInstant("2026-01-01T20:30", "Europe/London")).toBe("2026-01-01T20:30:00.000Z");
  });
  it("refuses text that is not a datetime-local value", () => {
    expect(wallTimeToInstant("tomorrow", "Asia/Seoul")).toBeNull();
  });
});
