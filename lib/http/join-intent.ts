/**
 * "Join the queue" pressed while signed out: the fan signs in or up first,
 * then the waiting room finishes the join by itself. Which concert it may
 * join for them is kept in a short-lived httpOnly cookie that only the join
 * action sets (a POST from this site, which Next checks the origin of), not
 * in the address: a link from another site must not make a signed-in fan
 * join a queue, and spend their browser on its proof-of-work, unasked.
 */
import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";

const JOIN_INTENT_COOKIE = "sp_join";
/** Time enough to make an account; later, the waiting room offers the button again. */
const MAX_AGE_SECONDS = 15 * 60;

/** For the join action, when it sends a signed-out fan to sign in. */
export async function rememberJoinIntent(concertId: string): Promise<void> {
  (await cookies()).set(JOIN_INTENT_COOKIE, concertId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAge: MAX_AGE_SECONDS,
  });
}

/** For the join action of a signed-in fan: the join is being done now, whatever its outcome, so it is never repeated by itself. */
export async function forgetJoinIntent(): Promise<void> {
  const jar = await cookies();
  if (jar.has(JOIN_INTENT_COOKIE)) jar.delete(JOIN_INTENT_COOKIE);
}

/** For the waiting room (pages cannot change cookies): did this browser ask to join this concert before signing in? */
export async function wantsToJoin(concertId: string): Promise<boolean> {
  return (await cookies()).get(JOIN_INTENT_COOKIE)?.value === concertId;
}
