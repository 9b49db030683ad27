/**
 * Wraps every route handler: runs it with the request's id on every log line,
 * turns anything it throws into problem+json through the one mapper, and
 * records one log line and the metrics per request (record-request.ts): route
 * pattern, method, status, duration, and the contract code of a problem.
 * A path id with a control character in it cannot exist, so it is a 404
 * before the handler runs (the edge already refuses such paths; this keeps
 * handlers safe wherever they are called from).
 */
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { AppError } from "../errors";
import { withRequestId } from "../log/logger";
import { isCleanText } from "./clean-input";
import { problemOf, problemToResponse } from "./problem";
import { recordRequest } from "./record-request";
import { routeLabel } from "./route-label";

type Handler<P> = (req: NextRequest, params: P) => Promise<Response>;

export function route<P extends Record<string, string | string[]> = Record<string, never>>(handler: Handler<P>) {
  return (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> =>
    withRequestId(req.headers.get("x-request-id") ?? randomUUID(), async () => {
      const started = performance.now();
      let params: P | undefined;
      let response: Response;
      let code: string | undefined;
      try {
        params = await ctx.params;
        if (!Object.values(params ?? {}).every((value) => [value].flat().every((v) => isCleanText(v))))
          throw new AppError("NOT_FOUND", "No such resource.");
        response = await handler(req, params);
      } catch (error) {
        const { problem, headers } = problemOf(error);
        code = problem.code;
        response = problemToResponse(problem, headers);
      }
      recordRequest({
        route: routeLabel(req.nextUrl.pathname, params),
        method: req.method,
        status: response.status,
        code,
        seconds: (performance.now() - started) / 1000,
      });
      return response;
    });
}
