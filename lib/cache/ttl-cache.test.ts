import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

/** A clock the test moves by hand. */
function manualClock() {
  const clock = { t: 1_000, now: () => clock.t };
  return clock;
}

describe("TtlCache", () => {
  it("shares one load between callers within the TTL, reloads after it", async () => {
    const clock = manualClock();
    const cache = new TtlCache<number>(100, 1_000, clock);
    let loads = 0;
    const load = async () => ++loads;
    const a = cache.get("k", load);
    clock.t += 50;
    const b = cache.get("k", load);
    expect([await a, await b, loads]).toEqual([1, 1, 1]);
    clock.t += 30;
    expect(await cache.get("k", load)).toBe(1);
    clock.t += 100;
    expect(await cache.get("k", load)).toBe(2);
  });

  it("forgets deleted keys and failed loads", async () => {
    const cache = new TtlCache<string>(1_000);
    await cache.get("k", async () => "old");
    cache.delete("k");
    expect(await cache.get("k", async () => "new")).toBe("new");
    await expect(cache.get("bad", () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await cache.get("bad", async () => "ok")).toBe("ok");
  });

  it("a key deleted while its load is in flight is not filled by that load, and its caller still gets the value", async () => {
    const cache = new TtlCache<string>(1_000);
    let finish!: (v: string) => void;
    const inFlight = cache.get("k", () => new Promise<string>((r) => (finish = r)));
    cache.delete("k");
    finish("stale");
    expect(await inFlight).toBe("stale");
    expect(await cache.get("k", async () => "fresh")).toBe("fresh");
  });

  it("at its cap evicts only the least recently used entry", async () => {
    const cache = new TtlCache<number>(60_000, 2);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("a", load); // a is now the most recently used
    await cache.get("c", load); // evicts b only
    expect(loads).toBe(3);
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("c", load)).toBe(3);
    expect(await cache.get("b", load)).toBe(4);
  });

  it("caches null values (an anonymous session is still an answer)", async () => {
    const cache = new TtlCache<string | null>(1_000);
    let loads = 0;
    await cache.get("k", async () => (loads++, null));
    expect(await cache.get("k", async () => (loads++, "x"))).toBeNull();
    expect(loads).toBe(1);
  });

  it("serves a value set directly, and a set wins over a load still in flight", async () => {
    const cache = new TtlCache<string>(1_000);
    cache.set("k", "known");
    expect(await cache.get("k", async () => "loaded")).toBe("known");
    let finish!: (v: string) => void;
    const inFlight = cache.get("j", () => new Promise<string>((r) => (finish = r)));
    cache.set("j", "written");
    finish("read before the write");
    await inFlight;
    expect(await cache.get("j", async () => "loaded")).toBe("written");
  });

  it("peek returns an expired value without loading", async () => {
    const clock = manualClock();
    const cache = new TtlCache<string>(100, 10, clock);
    cache.set("k", "v");
    clock.t += 500;
    expect(cache.peek("k")).toBe("v");
  });
});
