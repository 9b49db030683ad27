/**
 * Which client a request comes from, for the per-address limits. Next.js
 * does not hand route handlers the socket, and it fills X-Forwarded-For from
 * the socket only when the client sent none, so that header alone could be
 * written by anyone. Each instance therefore stamps the socket's address on
 * every request under a header of its own (lib/ops/stamp-peer-address.ts),
 * overwriting whatever a client sent under that name.
 *
 * TRUST_PROXY_HEADERS=true (StagePass behind a proxy such as nginx with
 * `proxy_add_x_forwarded_for`): the last X-Forwarded-For entry, the one the
 * proxy appended for the peer it saw; entries before it came from the client.
 */
import { env } from "../env";

export const PEER_ADDRESS_HEADER = "x-stagepass-peer-address";

type HeaderSource = Pick<Headers, "get"> | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers.get === "function") return (headers as Pick<Headers, "get">).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
const normalise = (address: string) =>
  address
    .trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
    .toLowerCase();

export function clientAddress(headers: HeaderSource): string {
  if (env.TRUST_PROXY_HEADERS) {
    const forwarded = read(headers, "x-forwarded-for")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return normalise(last);
  }
  return normalise(read(headers, PEER_ADDRESS_HEADER) ?? "unknown");
}
