import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/config";
import { ERROR_CODES } from "../errors";
import { formatRetryAfter, messageFor } from "./error-messages";

describe("messageFor", () => {
  it("has a message of its own for every contract code in both languages", () => {
    for (const locale of LOCALES) {
      const fallback = messageFor("INTERNAL", undefined, locale);
      for (const code of [...Object.keys(ERROR_CODES), "NETWORK"]) {
        const message = messageFor(code, undefined, locale);
        expect(message, `${locale} ${code}`).not.toBe(fallback);
        expect(message, `${locale} ${code}`).not.toContain(code);
      }
    }
    expect(messageFor("SEAT_UNAVAILABLE", undefined, "ko")).toBe("방금 다른 분이 선택한 좌석입니다. 다른 좌석을 골라 주세요.");
  });

  it("says how long to wait when RATE_LIMITED or SERVICE_BUSY carry Retry-After", () => {
    expect(messageFor("RATE_LIMITED", 12, "en")).toBe("Too many requests right now. Please try again in 12 seconds.");
    expect(messageFor("SERVICE_BUSY", 1, "en")).toBe(
      "StagePass is very busy right now. Nothing was changed. Please try again in 1 second.",
    );
    expect(messageFor("RATE_LIMITED", 12, "ko")).toBe("요청이 너무 많습니다. 12초 후에 다시 시도해 주세요.");
  });

  it("keeps the plain message without Retry-After or for other codes, and falls back for unknown codes", () => {
    expect(messageFor("RATE_LIMITED", undefined, "en")).toContain("Wait a moment");
    expect(messageFor("NOT_FOUND", 5, "en")).not.toContain("try again in");
    expect(messageFor("NO_SUCH_CODE", undefined, "ko")).toBe(messageFor("INTERNAL", undefined, "ko"));
  });

  it("rounds long waits to minutes", () => {
    expect(formatRetryAfter(150, "en")).toBe("3 minutes");
    expect(formatRetryAfter(150, "ko")).toBe("3분");
  });
});
