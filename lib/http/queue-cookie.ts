/**
 * The web UI's side of the queue token: server actions and pages read the
 * fan's `sp_queue` cookie (concertId → token) and actions update it. A
 * browser without the concert's entry (another device, a cleared cookie)
 * gets the fan's live token from the server instead: one per fan and concert.
 */
import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";
import { findLiveToken } from "../queue/find-live-token";
import { parseQueueCookie, QUEUE_COOKIE } from "./queue-token";

export async function readQueueCookie(): Promise<Record<string, string>> {
  return parseQueueCookie((await cookies()).get(QUEUE_COOKIE)?.value);
}

/** For pages (which cannot set cookies): the cookie's token for the concert, else the fan's live one. */
export async function pageQueueToken(userId: string, concertId: string): Promise<string | undefined> {
  return (await readQueueCookie())[concertId] ?? (await findLiveToken(userId, concertId)) ?? undefined;
}

/**
 * For server actions: the same choice, and a token found on the server is
 * written back to this browser's cookie so its next reads use it directly.
 */
export async function actionQueueToken(userId: string, concertId: string): Promise<string | undefined> {
  const fromCookie = (await readQueueCookie())[concertId];
  if (fromCookie) return fromCookie;
  const live = await findLiveToken(userId, concertId);
  if (live) await writeQueueToken(concertId, live);
  return live ?? undefined;
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
