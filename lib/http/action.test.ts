import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { idempotencyKeySchema } from "../validations/common";
import { runAction } from "./action";
import { validate } from "./body";

describe("runAction: every server action's one error mapping", () => {
  it("returns the work's value", async () => {
    expect(await runAction(async () => 42)).toEqual({ ok: true, data: 42 });
  });

  it.each(["", 12345, "x".repeat(500), "a\u0000b"])(
    "turns the malformed Idempotency-Key %j into VALIDATION_FAILED, never INTERNAL",
    async (key) => {
      const result = await runAction(async () => validate(idempotencyKeySchema, key, "Idempotency-Key"));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    },
  );

  it("keeps a busy database's Retry-After for the fan", async () => {
    const result = await runAction(async () => {
      throw new AppError("SERVICE_BUSY", "busy", { headers: { "Retry-After": "3" } });
    });
    expect(result).toMatchObject({ ok: false, code: "SERVICE_BUSY", retryAfterSeconds: 3 });
  });

  it("hides an unknown failure behind INTERNAL with a reference", async () => {
    const result = await runAction(async () => {
      throw new Error("connection string postgresql://secret@db");
    });
    expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    if (!result.ok) expect(result.message).not.toContain("secret");
  });
});
