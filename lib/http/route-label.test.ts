import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it("puts each path parameter back as its name, so ids never become labels", () => {
    expect(routeLabel("/api/v1/concerts/c123/schedules", { concertId: "c123" })).toBe("/api/v1/concerts/[concertId]/schedules");
    expect(routeLabel("/api/v1/queue/tokens/a%20b", { token: "a b" })).toBe("/api/v1/queue/tokens/[token]");
    expect(routeLabel("/api/v1/concerts", {})).toBe("/api/v1/concerts");
  });

  it("folds a catch-all into one label", () => {
    expect(routeLabel("/api/v9/x/y", { path: ["v9", "x", "y"] })).toBe("/api/[...path]");
  });
});
