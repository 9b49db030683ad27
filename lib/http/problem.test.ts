import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, ERROR_CODES, type ErrorCode } from "../errors";
import { logger } from "../log/logger";
import { problemOf, problemResponse, PROBLEM_CONTENT_TYPE } from "./problem";

afterEach(() => {
  vi.restoreAllMocks();
});

/** The contract's error table (docs/api.md), copied so a drift in lib/errors.ts fails here. */
const CONTRACT: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  QUEUE_TOKEN_MISSING: 401,
  QUEUE_TOKEN_INVALID: 401,
  QUEUE_TOKEN_EXPIRED: 401,
  QUEUE_TOKEN_NOT_ACTIVE: 403,
  QUEUE_TOKEN_WRONG_CONCERT: 403,
  SEAT_UNAVAILABLE: 409,
  HOLD_LIMIT_REACHED: 409,
  RESERVATION_EXPIRED: 410,
  RESERVATION_NOT_HELD: 409,
  RESERVATION_NOT_CONFIRMED: 409,
  INSUFFICIENT_BALANCE: 402,
  INVALID_AMOUNT: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  // Extension beyond the contract's table (allowed: add, never change).
  QUEUE_CHALLENGE_REQUIRED: 428,
  QUEUE_CHALLENGE_INVALID: 422,
  QUEUE_CHALLENGE_EXPIRED: 410,
  QUEUE_CHALLENGE_REUSED: 409,
  QUEUE_NOT_OPEN: 409,
  SALES_ALREADY_OPEN: 409,
  TICKET_INVALID: 422,
  CANCELLATION_CLOSED: 409,
  SERVICE_BUSY: 503,
  METHOD_NOT_ALLOWED: 405,
};

describe("problemOf", () => {
  it("knows exactly the contract's codes", () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT))("maps %s to status %i", (code, status) => {
    const { problem } = problemOf(new AppError(code as ErrorCode, "because"));
    expect(problem).toEqual({
      type: `https://stagepass.dev/problems/${code.toLowerCase().replace(/_/g, "-")}`,
      title: ERROR_CODES[code as ErrorCode].title,
      status,
      code,
      detail: "because",
    });
  });

  it("carries field errors and headers", () => {
    const errors = [{ path: "amount", message: "too small" }];
    const { problem, headers } = problemOf(new AppError("RATE_LIMITED", "slow down", { errors, headers: { "retry-after": "3" } }));
    expect(problem.errors).toEqual(errors);
    expect(headers).toEqual({ "retry-after": "3" });
  });

  it("turns anything else into a plain 500 that reveals nothing and logs a request id", () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    const { problem } = problemOf(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2"));
    expect(problem.status).toBe(500);
    expect(problem.code).toBe("INTERNAL");
    expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.5/);
    expect(problem.detail).toContain(problem.requestId);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ code: "INTERNAL", reference: problem.requestId }), "unhandled error");
  });
});

describe("problemResponse", () => {
  it("answers problem+json with the status, extra headers and no caching", async () => {
    const res = problemResponse(new AppError("RATE_LIMITED", "slow down", { headers: { "Retry-After": "3" } }));
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toMatchObject({ status: 429, code: "RATE_LIMITED", detail: "slow down" });
  });
});

describe("database busy", () => {
  it("maps Prisma's transaction, pool and lock timeouts to 503 SERVICE_BUSY with Retry-After", () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    for (const code of ["P2028", "P2024", "P1008"]) {
      const { problem, headers } = problemOf(Object.assign(new Error("busy"), { code }));
      expect(problem).toMatchObject({ status: 503, code: "SERVICE_BUSY" });
      expect(headers["Retry-After"]).toBe("2");
    }
  });
});
