/**
 * The waiting-room token of a request: the X-Queue-Token header, or the web
 * UI's httpOnly cookie, a JSON map of concertId → token. The header wins.
 */
import type { QueueTokenSource } from "../queue/require-active-token";
import { isCleanText } from "./clean-input";

export const QUEUE_COOKIE = "sp_queue";

export function parseQueueCookie(value: string | undefined): Record<string, string> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string" && isCleanText(e[1])));
  } catch {
    return {};
  }
}

export function queueTokenSource(req: {
  headers: Headers;
  cookies: { get(name: string): { value: string } | undefined };
}): QueueTokenSource {
  const header = req.headers.get("x-queue-token");
  if (header) return header;
  const map = parseQueueCookie(req.cookies.get(QUEUE_COOKIE)?.value);
  return (concertId) => map[concertId];
}
