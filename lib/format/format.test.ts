import { afterEach, describe, expect, it } from "vitest";
import {
  dayKey,
  formatCompactMoney,
  formatDate,
  formatMoney,
  formatRemaining,
  formatSignedMoney,
  formatWait,
  isoInZone,
  zoneLabel,
} from "./index";

const SHOW = "2026-12-09T10:00:00.000Z"; // 19:00 in Seoul
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(["UTC", "America/New_York"])("dates with the process in %s", (tz) => {
  it("shows Seoul time whatever the process's zone", () => {
    process.env.TZ = tz;
    expect(new Date(SHOW).getHours(), "the process's own clock moved").not.toBe(19);
    expect(formatDate(SHOW, "ko")).toBe("2026년 12월 9일 (수) 19:00");
    expect(formatDate(SHOW, "en")).toBe("Wed, Dec 9, 2026, 19:00");
    expect(formatDate(SHOW, "ko", "time")).toBe("19:00");
    expect(formatDate(SHOW, "ko", "short")).toBe("12월 9일 (수) 19:00");
    expect(formatDate(SHOW, "en", "day")).toBe("Wed, Dec 9");
  });

  it("buckets a 03:39 KST sale on its Seoul day, not the UTC one", () => {
    process.env.TZ = tz;
    expect(dayKey("2026-12-08T18:39:00Z")).toBe("2026-12-09");
    expect(isoInZone("2026-12-08T18:39:05Z")).toBe("2026-12-09T03:39:05+09:00");
  });
});

describe("zones", () => {
  it("names Seoul in words and other zones by offset", () => {
    expect(zoneLabel("Asia/Seoul", "ko")).toBe("한국 시간");
    expect(zoneLabel("Asia/Seoul", "en")).toBe("Korea time");
    expect(zoneLabel("America/New_York", "en", SHOW)).toBe("GMT-5");
    expect(formatDate(SHOW, "en", "time", "America/New_York")).toBe("05:00");
  });
});

describe("money", () => {
  it("is 165,000원 in Korean and ₩165,000 in English", () => {
    expect(formatMoney(165000, "ko")).toBe("165,000원");
    expect(formatMoney(165000, "en")).toBe("₩165,000");
    expect(formatMoney(0, "ko")).toBe("0원");
  });

  it("signs ledger amounts with one kind of minus", () => {
    expect(formatSignedMoney(50000, "ko")).toBe("+50,000원");
    expect(formatSignedMoney(-99000, "en")).toBe("\u2212₩99,000");
    expect(formatSignedMoney(-99000, "ko")).toBe("\u221299,000원");
    // Chart axes too: Intl's compact notation would write a hyphen.
    expect(formatCompactMoney(-165000, "en")).toBe("\u2212₩165K");
    expect(formatCompactMoney(-170000, "ko")).toBe("\u221217만원");
  });

  it("refuses fractions of a won", () => {
    expect(() => formatMoney(1.5, "ko")).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, "en")).toThrow(RangeError);
  });
});

describe("relative times", () => {
  it("says what is left and how long a wait is", () => {
    expect(formatRemaining(3 * 60_000, "ko")).toBe("3분 남음");
    expect(formatRemaining(2 * 60_000 + 1, "en")).toBe("3 min left");
    expect(formatRemaining(45_000, "ko")).toBe("45초 남음");
    expect(formatWait(180, "ko")).toBe("약 3분");
    expect(formatWait(30, "en")).toBe("less than a minute");
  });
});
