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

export async function proxy(req: NextRequest): Promise<NextResponse> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  if (!token?.id) {
    const signIn = new URL("/signin", req.url);
    signIn.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(signIn, 307);
  }
  if (token.role !== "ADMIN" && req.nextUrl.pathname !== "/admin/forbidden") {
    return NextResponse.rewrite(new URL("/admin/forbidden", req.url), { status: 403 });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
