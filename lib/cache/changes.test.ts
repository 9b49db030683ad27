import { describe, expect, it, vi } from "vitest";
import { changed, onChange } from "./changes";
import { TtlCache } from "./ttl-cache";

describe("changed()", () => {
  it("reaches every cache subscribed to that kind, and only those", async () => {
    const seats = new TtlCache<string>(60_000);
    const line = new TtlCache<string>(60_000);
    onChange("seats", (scheduleId) => (scheduleId ? seats.delete(scheduleId) : seats.clear()));
    onChange("line", (concertId) => line.delete(concertId));
    await seats.get("s1", async () => "s1 rows");
    await seats.get("s2", async () => "s2 rows");
    await line.get("c1", async () => "c1 marks");

    changed("seats", "s1");
    expect(seats.peek("s1")).toBeUndefined();
    expect(seats.peek("s2")).toBe("s2 rows");
    expect(line.peek("c1")).toBe("c1 marks");

    changed("seats", undefined);
    expect(seats.peek("s2")).toBeUndefined();

    changed("line", "c1");
    expect(line.peek("c1")).toBeUndefined();
  });

  it("with nobody subscribed to a kind, does nothing", () => {
    expect(() => changed("account", "nobody")).not.toThrow();
  });

  it("reaches caches of another copy of the module (Next bundles actions and route handlers apart)", async () => {
    const first = await import("./changes");
    vi.resetModules();
    const second = await import("./changes");
    expect(second).not.toBe(first);
    const seen: (string | undefined)[] = [];
    second.onChange("seats", (scheduleId) => seen.push(scheduleId));
    first.changed("seats", "s9");
    expect(seen).toEqual(["s9"]);
  });
});
