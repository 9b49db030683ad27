import "server-only";
import { redirect } from "next/navigation";
import { currentCaller, type Caller } from "./session";

/** Pages for signed-in fans: send everyone else to sign in, then back to `returnTo`. */
export async function requirePageCaller(returnTo: string): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller;
}

/** Only same-site paths may be returned to after sign-in (no open redirects). */
export function safeReturnPath(raw: string | string[] | undefined, fallback = "/"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
