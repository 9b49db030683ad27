import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, pruneRateLimits } from "@/lib/rate-limit/consume-rate-limit";

const limit = { name: "test.limit", max: 3, windowSeconds: 60 };

async function outcome(subject: string, now: Date): Promise<"ok" | string> {
  try {
    await consumeRateLimit(limit, subject, now);
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("consumeRateLimit (real database)", () => {
  it("lets exactly `max` of 10 parallel requests through, the rest 429 with Retry-After", async () => {
    const now = new Date("2030-01-01T00:00:10.000Z");
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome("racer", now)));
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(7);
    const error = await consumeRateLimit(limit, "racer", now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).headers).toEqual({ "Retry-After": "50" });
  });

  it("counts each subject and each window separately", async () => {
    const now = new Date("2030-01-01T00:01:30.000Z");
    for (let i = 0; i < 3; i++) expect(await outcome("alice", now)).toBe("ok");
    expect(await outcome("alice", now)).toBe("RATE_LIMITED");
    expect(await outcome("bob", now)).toBe("ok");
    expect(await outcome("alice", new Date("2030-01-01T00:02:00.000Z"))).toBe("ok");
  });

  it("prunes only windows that have ended", async () => {
    await getDb().rateLimitBucket.deleteMany();
    await consumeRateLimit(limit, "old", new Date("2030-01-01T00:00:00.000Z"));
    await consumeRateLimit(limit, "new", new Date("2030-01-01T00:05:00.000Z"));
    expect(await pruneRateLimits(new Date("2030-01-01T00:05:30.000Z"))).toBe(1);
    expect(await getDb().rateLimitBucket.count()).toBe(1);
  });
});
