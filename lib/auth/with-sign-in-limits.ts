/**
 * Puts the sign-in lock-out (lib/accounts/start-sign-in-attempt.ts) in front
 * of next-auth's Credentials callback, the one request that checks a
 * password. A locked-out attempt never reaches next-auth: it is answered
 * `429` problem+json with Retry-After, and (for next-auth's own client,
 * whose `signIn()` reads `url` from the JSON body and hands back only its
 * `error` parameter) `url` carries `error=RATE_LIMITED:<seconds>`, from which
 * the sign-in form says when to try again.
 */
import "server-only";
import type { NextRequest } from "next/server";
import { startSignInAttempt, type SignInOutcome } from "../accounts/start-sign-in-attempt";
import { AppError } from "../errors";
import { clientAddress } from "../http/client-address";
import { problemOf, problemResponse, PROBLEM_CONTENT_TYPE } from "../http/problem";

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

function outcomeOf(res: Response): SignInOutcome {
  if (res.headers.getSetCookie().some((c) => SESSION_COOKIE.test(c))) return "succeeded";
  // 401 (JSON flow) or a redirect to the error page: the password was checked and wrong.
  if (res.status === 401 || /[?&]error=/.test(res.headers.get("location") ?? "")) return "failed";
  // e.g. a missing CSRF token: next-auth refused before checking anything.
  return "not-attempted";
}

function lockedOut(req: NextRequest, error: AppError): Response {
  const { problem, headers } = problemOf(error);
  const url = new URL("/api/auth/error", req.url);
  url.searchParams.set("error", `RATE_LIMITED:${headers["Retry-After"]}`);
  return new Response(JSON.stringify({ ...problem, url: url.href }), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}

async function emailOf(req: NextRequest): Promise<string> {
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get("email");
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "";
}

export function withSignInLimits<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    if (req.method !== "POST" || !req.nextUrl.pathname.endsWith("/callback/credentials")) return handler(req, ctx);
    let settle: (outcome: SignInOutcome) => Promise<void>;
    try {
      settle = await startSignInAttempt(await emailOf(req), clientAddress(req.headers));
    } catch (e) {
      return e instanceof AppError && e.code === "RATE_LIMITED" ? lockedOut(req, e) : problemResponse(e);
    }
    const res = await handler(req, ctx);
    await settle(outcomeOf(res));
    return res;
  };
}
