import { describe, expect, it } from "vitest";
import { KeyedLock, Lock } from "./lock";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("Lock", () => {
  it("runs callers one at a time, in arrival order", async () => {
    const lock = new Lock();
    const log: string[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        lock.run(async () => {
          log.push(`start ${n}`);
          await tick();
          log.push(`end ${n}`);
        }),
      ),
    );
    expect(log).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
  });

  it("releases after a failure", async () => {
    const lock = new Lock();
    await expect(lock.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await lock.run(async () => "next")).toBe("next");
  });
});

describe("KeyedLock", () => {
  it("serialises one key and lets other keys run alongside", async () => {
    const locks = new KeyedLock();
    const log: string[] = [];
    const job = (key: string, n: number) =>
      locks.run(key, async () => {
        log.push(`${key}${n}+`);
        await tick();
        log.push(`${key}${n}-`);
      });
    await Promise.all([job("a", 1), job("a", 2), job("b", 1)]);
    expect(log.indexOf("a1-")).toBeLessThan(log.indexOf("a2+"));
    expect(log.indexOf("b1+")).toBeLessThan(log.indexOf("a1-"));
  });
});
