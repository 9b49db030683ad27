import { describe, expect, it } from "vitest";
import { errorFields } from "./logger";

describe("errorFields", () => {
  it("keeps type, code, the first line and stack frames; masks e-mail addresses; drops the rest of the message", () => {
    const error = Object.assign(
      new Error("Unique constraint failed for fan@example.org\n  where: { email: 'fan@example.org', password: 'x' }"),
      {
        code: "P2002",
      },
    );
    const { err } = errorFields(error) as { err: Record<string, string> };
    expect(err).toMatchObject({ type: "Error", code: "P2002", message: "Unique constraint failed for [email]" });
    expect(JSON.stringify(err)).not.toMatch(/fan@example\.org|password/);
    expect(err.stack).toMatch(/^\s+at /);
  });
});
