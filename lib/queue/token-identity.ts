import "server-only";
import { TtlCache } from "../cache/ttl-cache";
import type { TokenRow } from "./token-view";

/**
 * What never changes about a token once issued: whose it is, for which
 * concert, and its place in the issue order. Kept per process from the moment
 * this process issues a token (or first reads it for a poll), so polls of a
 * fan still waiting need no database read (see get-token.ts).
 */
export type TokenIdentity = Pick<TokenRow, "id" | "token" | "userId" | "concertId" | "seq">;

const identities = new TtlCache<TokenIdentity>(10 * 60_000, 50_000);

export function tokenIdentity(value: string, load: () => Promise<TokenIdentity>): Promise<TokenIdentity> {
  return identities.get(value, load);
}

/** Called once a new token is committed. */
export function rememberTokenIdentity({ id, token, userId, concertId, seq }: TokenIdentity): void {
  identities.set(token, { id, token, userId, concertId, seq });
}
