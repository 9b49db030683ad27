import { describe, expect, it } from "vitest";
import { lockoutMessage, lockoutSeconds } from "./sign-in-lockout";

describe("sign-in lock-out message", () => {
  it("reads the wait from next-auth's error, and nothing else", () => {
    expect(lockoutSeconds("RATE_LIMITED:900")).toBe(900);
    expect(lockoutSeconds("RATE_LIMITED:0")).toBe(1);
    expect(lockoutSeconds("CredentialsSignin")).toBeNull();
    expect(lockoutSeconds("RATE_LIMITED:abc")).toBeNull();
    expect(lockoutSeconds(null)).toBeNull();
  });

  it("says when to try again, as a clock time and as a wait", () => {
    const now = Date.parse("2026-12-01T11:32:00Z");
    expect(lockoutMessage(900, now, "en-US", "Asia/Seoul")).toBe(
      "Too many failed sign-ins. To protect the account, signing in is paused: try again at 8:47 PM (in 15 minutes).",
    );
    expect(lockoutMessage(30, now, "en-US", "UTC")).toContain("at 11:32 AM (in 30 seconds)");
  });
});
