import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "./issues";

describe("fieldErrors", () => {
  it("turns zod issues into the contract's { path, message } list, nested paths dotted", () => {
    const schema = z.object({ amount: z.number(), seat: z.object({ id: z.string() }), tags: z.array(z.string()) });
    const result = schema.safeParse({ amount: "x", seat: {}, tags: [1] });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).map((e) => e.path)).toEqual(["amount", "seat.id", "tags.0"]);
    expect(fieldErrors(result.error!).every((e) => e.message.length > 0)).toBe(true);
  });
});
