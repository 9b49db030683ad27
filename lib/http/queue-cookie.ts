/**
 * The web UI's side of the queue token: server actions and pages read the
 * fan's `sp_queue` cookie (concertId → token) and actions update it.
 */
import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";
import type { QueueTokenSource } from "../queue/require-active-token";
import { parseQueueCookie, QUEUE_COOKIE } from "./queue-token";

export async function readQueueCookie(): Promise<Record<string, string>> {
  return parseQueueCookie((await cookies()).get(QUEUE_COOKIE)?.value);
}

/** For domain functions: the fan's token for whichever concert they ask about. */
export async function cookieTokenSource(): Promise<QueueTokenSource> {
  const map = await readQueueCookie();
  return (concertId) => map[concertId];
}

/** Sets (or, with null, removes) the token of one concert. Only server actions may call this. */
export async function writeQueueToken(concertId: string, token: string | null): Promise<void> {
  const map = await readQueueCookie();
  if (token) map[concertId] = token;
  else delete map[concertId];
  (await cookies()).set(QUEUE_COOKIE, JSON.stringify(map), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAge: 24 * 60 * 60,
  });
}
