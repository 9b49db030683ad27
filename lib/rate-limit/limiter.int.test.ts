import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, peekRateLimit, refundRateLimit, resetRateLimit } from "@/lib/rate-limit/limiter";
import { pruneRateLimits } from "@/lib/rate-limit/prune-rate-limits";

const limit = { name: "test-limit", max: 3, windowSeconds: 60 };

async function outcome(subject: string): Promise<string> {
  try {
    await consumeRateLimit(limit, subject);
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("rate limits on rate-limiter-flexible (real database)", () => {
  it("lets exactly `max` of 10 parallel requests through, the rest 429 with Retry-After", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome("racer")));
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(7);
    const error = await consumeRateLimit(limit, "racer").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const retryAfter = Number((error as AppError).headers?.["Retry-After"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("counts each subject separately; refund gives a point back, reset forgets the subject", async () => {
    for (let i = 0; i < 3; i++) expect(await outcome("alice")).toBe("ok");
    expect(await outcome("alice")).toBe("RATE_LIMITED");
    expect(await outcome("bob")).toBe("ok");
    expect((await peekRateLimit(limit, "bob"))?.consumedPoints).toBe(1);
    expect(await peekRateLimit(limit, "carol")).toBeNull();

    await refundRateLimit(limit, "bob");
    expect((await peekRateLimit(limit, "bob"))?.consumedPoints).toBe(0);
    await resetRateLimit(limit, "alice");
    expect(await peekRateLimit(limit, "alice")).toBeNull();
    expect(await outcome("alice")).toBe("ok");
  });

  it("keeps no subject in clear text, and the sweep prunes only windows that have ended", async () => {
    await getDb().rateLimit.deleteMany();
    await consumeRateLimit(limit, "someone@example.com");
    await consumeRateLimit({ ...limit, name: "short", windowSeconds: 1 }, "someone@example.com");
    const keys = (await getDb().rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toHaveLength(2);
    expect(keys.join(" ")).not.toContain("someone");
    expect(await pruneRateLimits(new Date(Date.now() + 5_000))).toBe(1);
    expect(await getDb().rateLimit.count()).toBe(1);
  });
});
