import { describe, expect, it } from "vitest";
import { formatRetryAfter, messageFor } from "./error-messages";

describe("messageFor", () => {
  it("says how long to wait when RATE_LIMITED or SERVICE_BUSY carry Retry-After", () => {
    expect(messageFor("RATE_LIMITED", 12)).toBe("Too many requests right now. Please try again in 12 seconds.");
    expect(messageFor("SERVICE_BUSY", 1)).toBe("StagePass is very busy right now. Nothing was changed. Please try again in 1 second.");
  });

  it("keeps the plain message without Retry-After or for other codes", () => {
    expect(messageFor("RATE_LIMITED")).toContain("Wait a moment");
    expect(messageFor("NOT_FOUND", 5)).not.toContain("try again in");
  });

  it("rounds long waits to minutes", () => {
    expect(formatRetryAfter(150)).toBe("3 minutes");
  });
});
