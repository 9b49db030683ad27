/**
 * Maps any thrown value to an RFC 9457 problem+json response. The only place
 * that turns errors into HTTP: AppError → its contract code; anything else →
 * a plain 500 that reveals nothing, logged with a request id.
 */
import { randomUUID } from "node:crypto";
import { isConnectionLost } from "../db/connection-lost";
import { isDatabaseBusy } from "../db/errors";
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from "../errors";
import { currentRequestId, errorFields, logger } from "../log/logger";

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode | "INTERNAL";
  detail: string;
  errors?: FieldError[];
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemOf(error: unknown): { problem: Problem; headers: Record<string, string> } {
  if (isDatabaseBusy(error)) {
    logger.warn({ code: "SERVICE_BUSY", cause: "database busy", ...errorFields(error) }, "database busy");
    error = new AppError("SERVICE_BUSY", "We are very busy right now. Please try again in a moment.", { headers: { "Retry-After": "2" } });
  }
  // Still lost after lib/db/retry.ts (or not safe to retry: a write, a COMMIT): the database is briefly away, not broken.
  if (isConnectionLost(error)) {
    logger.warn({ code: "SERVICE_BUSY", cause: "connection lost", ...errorFields(error) }, "database connection lost");
    error = new AppError("SERVICE_BUSY", "We are very busy right now. Please try again in a moment.", { headers: { "Retry-After": "1" } });
  }
  if (error instanceof AppError) {
    const problem: Problem = {
      type: `https://stagepass.dev/problems/${error.code.toLowerCase().replace(/_/g, "-")}`,
      title: ERROR_CODES[error.code].title,
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
    };
    return { problem, headers: error.headers ?? {} };
  }
  // The reference the fan sees is the request id of the log lines (a fresh one outside a request).
  const requestId = currentRequestId() ?? randomUUID();
  logger.error({ code: "INTERNAL", reference: requestId, ...errorFields(error) }, "unhandled error");
  return {
    problem: {
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      code: "INTERNAL",
      detail: `Something went wrong on our side. Reference: ${requestId}`,
      requestId,
    },
    headers: {},
  };
}

export function problemResponse(error: unknown): Response {
  const { problem, headers } = problemOf(error);
  return problemToResponse(problem, headers);
}

export function problemToResponse(problem: Problem, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}
