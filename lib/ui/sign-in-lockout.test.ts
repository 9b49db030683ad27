import { describe, expect, it } from "vitest";
import { lockoutSeconds } from "./sign-in-lockout";

describe("sign-in lock-out", () => {
  it("reads the wait from next-auth's error, and nothing else", () => {
    expect(lockoutSeconds("RATE_LIMITED:900")).toBe(900);
    expect(lockoutSeconds("RATE_LIMITED:0")).toBe(1);
    expect(lockoutSeconds("CredentialsSignin")).toBeNull();
    expect(lockoutSeconds("RATE_LIMITED:abc")).toBeNull();
    expect(lockoutSeconds(null)).toBeNull();
  });
});
