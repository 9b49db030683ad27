import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "./accounts";

const valid = { email: "Fan@Example.com ", password: "12345678", name: " Fan " };

describe("signUpSchema", () => {
  it("normalises email (trim, lower case) and name (trim)", () => {
    expect(signUpSchema.parse(valid)).toEqual({ email: "fan@example.com", password: "12345678", name: "Fan" });
  });

  it.each([
    ["password of 7 chars", { password: "1234567" }, "password"],
    ["password of 129 chars", { password: "x".repeat(129) }, "password"],
    ["invalid email", { email: "fan@" }, "email"],
    ["blank name", { name: "   " }, "name"],
    ["name of 51 chars", { name: "n".repeat(51) }, "name"],
    ["non-string password", { password: 12345678 }, "password"],
  ])("refuses %s", (_what, patch, path) => {
    const result = signUpSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("accepts the length bounds 8/128 and 1/50", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(128), name: "n".repeat(50) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, name: "n" }).success).toBe(true);
  });
});

describe("signInSchema", () => {
  it("needs a password and a valid email", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "nope", password: "x" }).success).toBe(false);
    expect(signInSchema.parse({ email: " A@B.co", password: "x" })).toEqual({ email: "a@b.co", password: "x" });
  });
});
