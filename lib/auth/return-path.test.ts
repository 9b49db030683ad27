import { describe, expect, it } from "vitest";
import { authPagePath, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnPath("/wallet")).toBe("/wallet");
    expect(safeReturnPath("/concerts/c1/queue?date=s1")).toBe("/concerts/c1/queue?date=s1");
    expect(safeReturnPath("/bookings?status=CANCELLED#top")).toBe("/bookings?status=CANCELLED#top");
    expect(safeReturnPath("/search?q=a%2Fb")).toBe("/search?q=a%2Fb");
  });

  it("returns the path as the browser will read it", () => {
    expect(safeReturnPath("/concerts/콘서트")).toBe("/concerts/%EC%BD%98%EC%84%9C%ED%8A%B8");
    expect(safeReturnPath("/a/../wallet")).toBe("/wallet");
  });

  it("takes the first of repeated parameters", () => {
    expect(safeReturnPath(["/wallet", "//evil.com"])).toBe("/wallet");
    expect(safeReturnPath(["//evil.com", "/wallet"])).toBe("/");
  });

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["relative", "wallet"],
    ["protocol-relative", "//evil.com"],
    ["protocol-relative with a path", "//evil.com/wallet"],
    ["three slashes", "///evil.com"],
    ["absolute https", "https://evil.com"],
    ["absolute http", "http://evil.com/wallet"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["backslash", "/\\evil.com"],
    ["two backslashes", "\\\\evil.com"],
    ["backslash then slash", "/\\/evil.com"],
    ["tab inside the slashes", "/\t/evil.com"],
    ["newline inside the slashes", "/\n/evil.com"],
    ["encoded slashes", "/%2F%2Fevil.com"],
    ["encoded slash after the first", "/%2Fevil.com"],
    ["lower-case encoded slash", "/%2fevil.com"],
    ["encoded backslash", "/%5Cevil.com"],
    ["encoded tab", "/%09/evil.com"],
    ["double-encoded slashes", "/%252F%252Fevil.com"],
    ["triple-encoded slash", "/%25252Fevil.com"],
    ["fully encoded network path", "%2F%2Fevil.com"],
    ["malformed escape", "/%E0%A4%A"],
    ["too long", `/${"a".repeat(2048)}`],
  ])("refuses %s", (_name, raw) => {
    expect(safeReturnPath(raw)).toBe("/");
  });

  it("answers the fallback it is given", () => {
    expect(safeReturnPath("//evil.com", "/wallet")).toBe("/wallet");
  });
});

describe("authPagePath", () => {
  it("names the page to return to, encoded", () => {
    expect(authPagePath("signIn", "/concerts/c1/queue?date=s1")).toBe("/signin?callbackUrl=%2Fconcerts%2Fc1%2Fqueue%3Fdate%3Ds1");
    expect(authPagePath("signUp", "/wallet")).toBe("/signup?callbackUrl=%2Fwallet");
  });

  it("builds a link whose return path survives the check", () => {
    const href = authPagePath("signUp", "/concerts/c1/queue?date=s1");
    const back = new URL(href, "http://localhost").searchParams.get("callbackUrl") ?? undefined;
    expect(safeReturnPath(back)).toBe("/concerts/c1/queue?date=s1");
  });
});
