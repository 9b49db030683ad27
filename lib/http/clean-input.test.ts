import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { validate } from "./body";
import { assertCleanInput, isCleanText } from "./clean-input";
import { signUpSchema } from "../validations/accounts";

describe("isCleanText", () => {
  it("accepts ordinary text in any script", () => {
    expect(isCleanText("Kim Ji-woo 김지우 🎫")).toBe(true);
  });
  it.each(["\u0000", "a\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800"])("refuses %j", (text) => {
    expect(isCleanText(text)).toBe(false);
  });
  it("lets newlines and tabs through only where a field is multiline", () => {
    expect(isCleanText("a\nb\tc\r\n")).toBe(false);
    expect(isCleanText("a\nb\tc\r\n", true)).toBe(true);
    expect(isCleanText("a\u0000b", true)).toBe(false);
  });
});

describe("assertCleanInput", () => {
  it("names the first dirty field, nested or in a key", () => {
    const fail = (value: unknown) => {
      try {
        assertCleanInput(value);
      } catch (e) {
        return e instanceof AppError ? [e.code, e.errors] : e;
      }
      return "passed";
    };
    expect(fail({ a: { b: ["ok", "x\u0000"] } })).toEqual([
      "VALIDATION_FAILED",
      [{ path: "a.b.1", message: "contains control characters" }],
    ]);
    expect(fail({ ["k\u0000"]: 1 })).toEqual(["VALIDATION_FAILED", [{ path: "(key)", message: "contains control characters" }]]);
    expect(fail({ reason: "two\nlines" })).toBe("passed");
    expect(fail({ name: "two\nlines" })).toEqual(["VALIDATION_FAILED", [{ path: "name", message: "contains control characters" }]]);
  });

  it("runs inside validate(), before the schema (server actions and route handlers alike)", () => {
    expect(() => validate(signUpSchema, { email: "a@b.cd", password: "password-1", name: "a\u0000b" })).toThrow(AppError);
  });
});
