import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("shares one load between callers within the TTL, reloads after it", async () => {
    const cache = new TtlCache<number>(100);
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get("k", load, 0), cache.get("k", load, 50)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await cache.get("k", load, 150)).toBe(2);
  });

  it("forgets deleted keys and failed loads", async () => {
    const cache = new TtlCache<string>(1_000);
    await cache.get("k", async () => "old", 0);
    cache.delete("k");
    expect(await cache.get("k", async () => "new", 1)).toBe("new");
    await expect(cache.get("bad", () => Promise.reject(new Error("x")), 0)).rejects.toThrow("x");
    await Promise.resolve();
    expect(await cache.get("bad", async () => "ok", 1)).toBe("ok");
  });

  it("a key deleted while its load is in flight is not filled by that load", async () => {
    const cache = new TtlCache<string>(1_000);
    let finish!: (v: string) => void;
    const inFlight = cache.get("k", () => new Promise<string>((r) => (finish = r)), 0);
    cache.delete("k");
    finish("stale");
    expect(await inFlight).toBe("stale");
    expect(await cache.get("k", async () => "fresh", 1)).toBe("fresh");
  });

  it("keeps at most maxEntries values", async () => {
    const cache = new TtlCache<number>(1_000, 2);
    let loads = 0;
    for (const key of ["a", "b", "c", "a"]) await cache.get(key, async () => ++loads, 0);
    // "c" arrived with the cache full, which started it afresh, so "a" was loaded again.
    expect(loads).toBe(4);
  });

  it("serves a value set directly, and a set wins over a load still in flight", async () => {
    const cache = new TtlCache<string>(1_000);
    cache.set("k", "known", 0);
    expect(await cache.get("k", async () => "loaded", 1)).toBe("known");
    let finish!: (v: string) => void;
    const inFlight = cache.get("j", () => new Promise<string>((r) => (finish = r)), 0);
    cache.set("j", "written", 0);
    finish("read before the write");
    await inFlight;
    expect(await cache.get("j", async () => "loaded", 1)).toBe("written");
  });
});
