import { describe, expect, it } from "vitest";
import { cursorQuerySchema, idempotencyKeySchema } from "./common";

describe("idempotencyKeySchema", () => {
  it("takes 1–255 characters", () => {
    expect(idempotencyKeySchema.safeParse("k").success).toBe(true);
    expect(idempotencyKeySchema.safeParse("k".repeat(255)).success).toBe(true);
    expect(idempotencyKeySchema.safeParse("").success).toBe(false);
    expect(idempotencyKeySchema.safeParse("k".repeat(256)).success).toBe(false);
  });
});

describe("cursorQuerySchema", () => {
  it("defaults the limit to 20 and coerces query strings", () => {
    expect(cursorQuerySchema.parse({})).toEqual({ limit: 20 });
    expect(cursorQuerySchema.parse({ limit: "5", cursor: "abc" })).toEqual({ limit: 5, cursor: "abc" });
  });

  it.each(["0", "101", "2.5", "many"])("refuses limit %s", (limit) => {
    expect(cursorQuerySchema.safeParse({ limit }).success).toBe(false);
  });
});
