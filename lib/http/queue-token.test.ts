import { describe, expect, it } from "vitest";
import { QUEUE_COOKIE, requestQueueToken } from "./queue-token";

function req(headers: Record<string, string>, cookie?: Record<string, string>) {
  return {
    headers: new Headers(headers),
    cookies: { get: (name: string) => (name === QUEUE_COOKIE && cookie ? { value: JSON.stringify(cookie) } : undefined) },
  };
}

describe("requestQueueToken", () => {
  it("takes the header and never asks which concert", async () => {
    let asked = 0;
    const concertOf = async () => (asked++, "c1");
    expect(await requestQueueToken(req({ "x-queue-token": "h" }, { c1: "k" }), concertOf)).toBe("h");
    expect(asked).toBe(0);
  });

  it("without a cookie: no token and no lookup", async () => {
    let asked = 0;
    expect(await requestQueueToken(req({}), async () => (asked++, "c1"))).toBeUndefined();
    expect(asked).toBe(0);
  });

  it("with the web cookie: the entry of the call's concert, none for another or an unknown one", async () => {
    const cookie = { c1: "k1", c2: "k2" };
    expect(await requestQueueToken(req({}, cookie), async () => "c2")).toBe("k2");
    expect(await requestQueueToken(req({}, cookie), async () => "c3")).toBeUndefined();
    expect(await requestQueueToken(req({}, cookie), async () => null)).toBeUndefined();
  });
});
