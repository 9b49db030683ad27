import { describe, expect, it } from "vitest";
import type { QueueStatus, QueueTokenView } from "@/lib/validations/queue";
import {
  counterEstimate,
  counterReached,
  STALLED_AFTER_MS,
  statusPollMs,
  STREAMING_POLL_MS,
  tokenPollSeconds,
  wantsStream,
} from "./counter-estimate";

const view: QueueTokenView = {
  token: "t",
  concertId: "c",
  status: "WAITING",
  issueNumber: 500,
  position: 400,
  aheadCount: 399,
  estimatedWaitSeconds: 1200,
  pollAfterSeconds: 9,
  expiresAt: null,
  preQueue: null,
};
const status = (over: Partial<QueueStatus> = {}): QueueStatus => ({
  concertId: "c",
  servingSeq: 200,
  lastIssued: 900,
  waiting: 700,
  active: 100,
  activeLimit: 100,
  admissionsPerMinute: 60,
  paused: false,
  phase: "OPEN",
  salesOpenAt: null,
  preQueueOpensAt: null,
  preQueueSize: 0,
  shuffledAt: null,
  updatedAt: new Date(0).toISOString(),
  ...over,
});

describe("counterEstimate", () => {
  it("follows the counter: about N ahead at the observed rate, far from the front", () => {
    expect(counterEstimate(view, status(), 0, 1000)).toEqual({ near: false, ahead: 299, waitSeconds: 300, stalled: false, paused: false });
  });

  it("is near when the counter reaches the fan's number or the front is within the active limit", () => {
    expect(counterEstimate(view, status({ servingSeq: 450 }), 0, 1000).near).toBe(true);
    expect(counterEstimate(view, status({ servingSeq: 500 }), 0, 1000)).toMatchObject({ near: true, ahead: 0 });
  });

  it("says stalled and widens the estimate when nothing moved for a while, but not when paused", () => {
    const stalled = counterEstimate(view, status(), 0, STALLED_AFTER_MS + 1);
    expect(stalled).toMatchObject({ stalled: true, waitSeconds: 600 });
    expect(counterEstimate(view, status({ paused: true }), 0, STALLED_AFTER_MS + 1)).toMatchObject({ stalled: false, paused: true });
  });

  it("uses the token's own numbers without a counter, in the pre-queue and once admitted", () => {
    expect(counterEstimate(view, undefined, null, 0)).toMatchObject({ near: true, ahead: 399, waitSeconds: 1200 });
    expect(counterEstimate({ ...view, preQueue: { size: 3, salesOpenAt: "x" } }, status(), 0, 0).near).toBe(true);
  });
});

describe("statusPollMs", () => {
  it("reads every 2 s for the first 1,000 in line and every 15 s behind them", () => {
    expect([statusPollMs(1), statusPollMs(1_000), statusPollMs(1_001), statusPollMs(50_000)]).toEqual([2_000, 2_000, 15_000, 15_000]);
  });

  it("falls back to the 30 s safety net while the counter is pushed", () => {
    expect([statusPollMs(1, true), statusPollMs(50_000, true)]).toEqual([STREAMING_POLL_MS, STREAMING_POLL_MS]);
    expect(STREAMING_POLL_MS).toBe(30_000);
  });
});

describe("wantsStream", () => {
  it("follows the push only while waiting among the first 1,000, not in the pre-queue", () => {
    const preQueue = { size: 10, salesOpenAt: "2026-12-24T11:00:00.000Z" };
    expect(wantsStream({ ...view, position: 1 })).toBe(true);
    expect(wantsStream({ ...view, position: 1_000 })).toBe(true);
    expect(wantsStream({ ...view, position: 1_001 })).toBe(false);
    expect(wantsStream({ ...view, position: 1, preQueue })).toBe(false);
    expect(wantsStream({ ...view, position: 1, status: "ACTIVE" })).toBe(false);
  });
});

describe("tokenPollSeconds", () => {
  it("asks as often as the server says near the front and in the pre-queue, every 30 s behind", () => {
    const preQueue = { size: 10, salesOpenAt: "2026-12-24T11:00:00.000Z" };
    expect([
      tokenPollSeconds(view, true),
      tokenPollSeconds(view, false),
      tokenPollSeconds({ ...view, pollAfterSeconds: 45 }, false),
      tokenPollSeconds({ ...view, preQueue }, false),
    ]).toEqual([9, 30, 45, 9]);
  });
});

describe("counterReached", () => {
  it("is true once the counter passes the fan's number, never in the pre-queue or once admitted", () => {
    const preQueue = { size: 10, salesOpenAt: "2026-12-24T11:00:00.000Z" };
    expect([
      counterReached(view, status({ servingSeq: 499 })),
      counterReached(view, status({ servingSeq: 500 })),
      counterReached(view, undefined),
      counterReached({ ...view, preQueue }, status({ servingSeq: 900 })),
      counterReached({ ...view, status: "ACTIVE" }, status({ servingSeq: 900 })),
    ]).toEqual([false, true, false, false, false]);
  });
});
