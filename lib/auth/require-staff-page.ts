import "server-only";
import { redirect } from "next/navigation";
import { authPagePath } from "./return-path";
import { currentCaller, type Caller } from "./session";

/**
 * For every staff page (not only the layout, which Next may skip on client
 * navigation): anonymous visitors go to sign-in and come back, signed-in
 * fans are sent to the 403 page before any staff data is read.
 */
export async function requireStaffPage(returnTo: string): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(authPagePath("signIn", returnTo));
  if (caller.role !== "ADMIN") redirect("/admin/forbidden");
  return caller;
}
