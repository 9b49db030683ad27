import { describe, expect, it } from "vitest";
import { concertTitleIn, inLocale } from "./in-locale";

describe("inLocale", () => {
  it("shows English only on English pages and only where a rendering exists", () => {
    expect(inLocale("en", "오로라 나이츠", "Aurora Nights")).toBe("Aurora Nights");
    expect(inLocale("ko", "오로라 나이츠", "Aurora Nights")).toBe("오로라 나이츠");
    expect(inLocale("en", "오로라 나이츠", "")).toBe("오로라 나이츠");
    expect(inLocale("en", "오로라 나이츠", null)).toBe("오로라 나이츠");
    expect(concertTitleIn("en", { concertTitle: "서울 재즈", concertTitleEn: "Seoul Jazz" })).toBe("Seoul Jazz");
  });
});
