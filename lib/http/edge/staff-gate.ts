/**
 * Network-edge gate for the staff console, so the answer has a real HTTP
 * status before anything renders (a streamed page can only redirect with a
 * meta refresh): anonymous → 307 to sign-in, signed-in non-staff → 403 page.
 * Not the only check: the layout, every page, every route handler and every
 * staff action check the role again, from the database (lib/auth/session.ts).
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authPagePath } from "../../auth/return-path";
import { env } from "../../env";
import { htmlPage } from "./html-page";

export function isStaffPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** null lets the request through; otherwise the redirect or the 403 page. */
export async function staffGate(req: NextRequest): Promise<NextResponse | null> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  if (!token?.id) {
    return NextResponse.redirect(new URL(authPagePath("signIn", req.nextUrl.pathname + req.nextUrl.search), req.url), 307);
  }
  // A rewrite's status is dropped by the production renderer, so fans get a small page of its own with a real 403.
  if (token.role !== "ADMIN") {
    return htmlPage(
      403,
      "Staff only",
      "Your account cannot open the staff console. If you work on this sale, ask an admin to give you access.",
    );
  }
  return null;
}
