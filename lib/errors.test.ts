import { describe, expect, it } from "vitest";
import { AppError, nullIfAppError } from "./errors";

describe("nullIfAppError", () => {
  it("turns an expected refusal into null", async () => {
    await expect(Promise.reject(new AppError("QUEUE_TOKEN_INVALID")).catch(nullIfAppError)).resolves.toBeNull();
  });

  it("lets a database failure through instead of hiding it as 'nothing'", async () => {
    const down = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    await expect(Promise.reject(down).catch(nullIfAppError)).rejects.toBe(down);
  });
});
