import { describe, expect, it } from "vitest";
import { urlFault } from "./check-url";

describe("urlFault", () => {
  it.each([
    ["/api/v1/concerts/abc", ""],
    ["/concerts/abc", "?date=xyz&left=1"],
    ["/signin", "?callbackUrl=%2Fconcerts%2F%EC%BD%98"],
    ["/api/v1/admin/bookings", "?q=a+b%20c"],
  ])("lets %s%s through", (path, search) => {
    expect(urlFault(path, search)).toBeNull();
  });

  it.each([
    ["/api/v1/concerts/%ZZ", "", "path"],
    ["/api/v1/concerts/%E0%A4%A", "", "path"],
    ["/api/v1/concerts/%C0%AF", "", "path"],
    ["/api/v1/concerts/%00", "", "path"],
    ["/concerts/a%0Ab", "", "path"],
    ["/concerts/abc", "?date=%00", "query"],
    ["/concerts/abc", "?date=%ZZ", "query"],
    ["/api/v1/admin/bookings", "?q=%1B", "query"],
    ["/api/v1/admin/bookings", "?%00=1", "query"],
  ] as const)("refuses %s%s (%s)", (path, search, fault) => {
    expect(urlFault(path, search)).toBe(fault);
  });
});
