import "server-only";
import { redirect } from "next/navigation";
import { authPagePath } from "./return-path";
import { currentCaller, type Caller } from "./session";

/** Pages for signed-in fans: send everyone else to sign in, then back to `returnTo`. */
export async function requirePageCaller(returnTo: string): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(authPagePath("signIn", returnTo));
  return caller;
}
