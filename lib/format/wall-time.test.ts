import { describe, expect, it } from "vitest";
import { instantToWallTime, wallTimeToInstant } from "./wall-time";

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

describe("instantToWallTime", () => {
  it("shows an instant as the venue's wall time, the way back of wallTimeToInstant", () => {
    expect(instantToWallTime("2026-12-20T10:00:00.000Z", "Asia/Seoul")).toBe("2026-12-20T19:00");
    expect(instantToWallTime("2026-07-01T19:30:45.123Z", "Europe/London")).toBe("2026-07-01T20:30");
    expect(wallTimeToInstant(instantToWallTime("2026-03-29T00:59:00Z", "Europe/London"), "Europe/London")).toBe("2026-03-29T00:59:00.000Z");
  });
});
