import { describe, expect, it } from "vitest";
import { linePayload, parseLinePayload } from "./line-channel";

describe("line channel payload", () => {
  it("round-trips the sender and the concert", () => {
    expect(parseLinePayload(linePayload("instance-1", "concert-9"))).toEqual({ instanceId: "instance-1", concertId: "concert-9" });
  });

  it("ignores anything else on the channel", () => {
    for (const bad of [undefined, "", "only-one", "a b c", " b", "a "]) expect(parseLinePayload(bad)).toBeNull();
  });
});
