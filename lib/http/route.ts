/**
 * Wraps every route handler: runs it, and turns anything it throws into
 * problem+json through the one mapper. A path id with a control character in
 * it cannot exist, so it is a 404 before the handler runs (the edge already
 * refuses such paths; this keeps handlers safe wherever they are called from).
 */
import type { NextRequest } from "next/server";
import { AppError } from "../errors";
import { isCleanText } from "./clean-input";
import { problemResponse } from "./problem";

type Handler<P> = (req: NextRequest, params: P) => Promise<Response>;

export function route<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const params = await ctx.params;
      if (!Object.values(params ?? {}).every((value) => isCleanText(value))) throw new AppError("NOT_FOUND", "No such resource.");
      return await handler(req, params);
    } catch (error) {
      return problemResponse(error);
    }
  };
}
