/**
 * Network-edge gate for the staff console, so the answer has a real HTTP
 * status before anything renders (a streamed page can only redirect with a
 * meta refresh): anonymous → 307 to sign-in, signed-in non-staff → 403 page.
 * Not the only check: the layout, every page, every route handler and every
 * staff action check the role again (refund and release in the database).
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";

const FORBIDDEN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Staff only · StagePass</title></head>
<body style="font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:grid;place-items:center;min-height:100vh;margin:0">
<main style="max-width:32rem;padding:2rem;text-align:center"><p style="color:#b91c1c;font-weight:600">403</p><h1>Staff only</h1>
<p style="color:#475569">Your account cannot open the staff console. If you work on this sale, ask an admin to give you access.</p>
<p><a href="/" style="color:#3b4ff0">Back to concerts</a></p></main></body></html>`;

export async function proxy(req: NextRequest): Promise<NextResponse> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  if (!token?.id) {
    const signIn = new URL("/signin", req.url);
    signIn.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(signIn, 307);
  }
  // A rewrite's status is dropped by the production renderer, so fans get a small page of its own with a real 403.
  if (token.role !== "ADMIN")
    return new NextResponse(FORBIDDEN_HTML, {
      status: 403,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  return NextResponse.next();
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
