/**
 * Next 16's proxy (middleware): runs before every route handler, page and
 * server action, and is the edge of the app.
 * 1. A request id (x-request-id) for the logs, echoed on the response.
 * 2. The raw path and query are checked before Next decodes them
 *    (lib/http/edge/check-url.ts): API → 400 problem+json, pages → 400/404 page.
 *    A method an API route does not answer is a 405 problem+json with Allow
 *    (lib/http/edge/api-methods.ts), where Next would answer an empty 405;
 *    no handler runs, so it is logged and counted here (record-request.ts).
 * 3. Security headers on every response (lib/http/edge/security-headers.ts):
 *    a nonce CSP on pages, a deny-all CSP on the API.
 * 4. The staff console's gate (lib/http/edge/staff-gate.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { AppError } from "./lib/errors";
import { urlFault } from "./lib/http/edge/check-url";
import { htmlPage } from "./lib/http/edge/html-page";
import { apiRoute, methodNotAllowed } from "./lib/http/edge/api-methods";
import { API_CSP, newNonce, pageCsp, setSecurityHeaders } from "./lib/http/edge/security-headers";
import { isStaffPath, staffGate } from "./lib/http/edge/staff-gate";
import { problemResponse } from "./lib/http/problem";
import { recordRequest } from "./lib/http/record-request";
import { withRequestId } from "./lib/log/logger";

const DEV = env.NODE_ENV === "development";
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

function refuseUrl(isApi: boolean, fault: "path" | "query"): Response {
  if (isApi) {
    const message =
      fault === "path" ? "The path is not valid (bad percent-encoding or control characters)." : "The query string is not valid.";
    return problemResponse(
      new AppError("VALIDATION_FAILED", message, { errors: [{ path: fault, message: "malformed or control characters" }] }),
    );
  }
  if (fault === "path") return htmlPage(404, "Page not found", "There is no page at this address.");
  return htmlPage(400, "Bad request", "This address has characters in it that we cannot read.");
}

export async function proxy(req: NextRequest): Promise<Response> {
  const started = performance.now();
  // Next has already re-encoded a malformed escape in the query (`%ZZ` → `%25ZZ`,
  // read as the text "%ZZ"), so only its control characters are left to refuse.
  const { pathname, search } = req.nextUrl;
  const isApi = pathname.startsWith("/api/");
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const nonce = isApi ? "" : newNonce();
  const csp = isApi ? API_CSP : pageCsp(nonce, { dev: DEV, https });
  const incomingId = req.headers.get("x-request-id");
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();

  const fault = urlFault(pathname, search);
  let res: Response | null = fault ? refuseUrl(isApi, fault) : null;
  const allow = !res && isApi ? methodNotAllowed(pathname, req.method) : null;
  if (allow) {
    res = problemResponse(
      new AppError("METHOD_NOT_ALLOWED", `This endpoint answers ${allow}, not ${req.method}.`, { headers: { Allow: allow } }),
    );
    const answered = { route: apiRoute(pathname)!, method: req.method, status: 405, code: "METHOD_NOT_ALLOWED" };
    withRequestId(requestId, () => recordRequest({ ...answered, seconds: (performance.now() - started) / 1000 }));
  }
  if (!res && isStaffPath(pathname)) res = await staffGate(req);
  if (!res) {
    const headers = new Headers(req.headers);
    headers.set("x-request-id", requestId);
    // Next takes the nonce for its own scripts from the request's CSP header.
    if (!isApi) {
      headers.set("x-nonce", nonce);
      headers.set("content-security-policy", csp);
    }
    res = NextResponse.next({ request: { headers } });
  }
  setSecurityHeaders(res.headers, csp, https, pathname);
  res.headers.set("x-request-id", requestId);
  return res;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
