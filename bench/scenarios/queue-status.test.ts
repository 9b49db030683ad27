import { describe, expect, it } from "vitest";
import { fansKeptFresh } from "./queue-status";

describe("fansKeptFresh", () => {
  it("follows the waiting page's schedule: 1,000 fans every 2 s, the rest every 15 s", () => {
    expect(fansKeptFresh(250)).toBe(500);
    expect(fansKeptFresh(500)).toBe(1_000);
    expect(fansKeptFresh(1_500)).toBe(16_000);
    expect(fansKeptFresh(67_000)).toBe(998_500);
  });
});
