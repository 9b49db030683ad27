import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/i18n/resolve-locale";

describe("resolveLocale", () => {
  it("takes the language switch's cookie first", () => {
    expect(resolveLocale("en", "ko-KR,ko;q=0.9")).toBe("en");
    expect(resolveLocale("ko", "en-US,en;q=0.9")).toBe("ko");
  });

  it("ignores a cookie naming a language we do not have, then follows Accept-Language", () => {
    expect(resolveLocale("fr", "en-GB,en;q=0.8")).toBe("en");
    expect(resolveLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.5,ko;q=0.7")).toBe("ko");
    expect(resolveLocale(undefined, "en-US")).toBe("en");
  });

  it("falls back to Korean", () => {
    expect(resolveLocale(undefined, null)).toBe("ko");
    expect(resolveLocale(undefined, "")).toBe("ko");
    expect(resolveLocale(undefined, "*")).toBe("ko");
    expect(resolveLocale(undefined, "fr-FR,de;q=0.5")).toBe("ko");
    expect(resolveLocale(undefined, "!!not a tag")).toBe("ko");
  });
});
