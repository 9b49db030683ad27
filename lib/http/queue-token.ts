/**
 * The waiting-room token of a request: the X-Queue-Token header, or the web
 * UI's httpOnly cookie, a JSON map of concertId → token. The header wins.
 * Settled here, at the edge, so domain functions get one plain value.
 */
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

interface TokenRequest {
  headers: Headers;
  cookies: { get(name: string): { value: string } | undefined };
}

/**
 * The request's token for the concert of the call. `concertOf` says which
 * concert that is (lib/catalogue/concert-of.ts); it runs only when the cookie
 * must be consulted, so header callers pay no lookup.
 */
export async function requestQueueToken(req: TokenRequest, concertOf: () => Promise<string | null>): Promise<string | undefined> {
  const header = req.headers.get("x-queue-token");
  if (header) return header;
  const map = parseQueueCookie(req.cookies.get(QUEUE_COOKIE)?.value);
  if (Object.keys(map).length === 0) return undefined;
  const concertId = await concertOf();
  return concertId ? map[concertId] : undefined;
}
