/**
 * Wraps every route handler: runs it, and turns anything it throws into
 * problem+json through the one mapper.
 */
import type { NextRequest } from "next/server";
import { problemResponse } from "./problem";

type Handler<P> = (req: NextRequest, params: P) => Promise<Response>;

export function route<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(req, await ctx.params);
    } catch (error) {
      return problemResponse(error);
    }
  };
}
