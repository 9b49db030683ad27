import "server-only";
import { TtlCache } from "../cache/ttl-cache";
import type { TokenRow } from "./token-view";

/**
 * What never changes about a token once issued: whose it is, for which
 * concert, and its place in the issue order. Kept per process from the moment
 * this process issues a token (or first reads it for a poll), so polls of a
 * fan still waiting need no database read (see get-token.ts).
 *
 * The one exception is the pre-queue's shuffle, which gives its tokens new
 * places: an identity read before it (joinSeq still null, seq within the
 * pre-queue) is stale once the concert is shuffled (isStaleIdentity).
 */
export type TokenIdentity = Pick<TokenRow, "id" | "token" | "userId" | "concertId" | "seq" | "joinSeq">;

const identities = new TtlCache<TokenIdentity>(10 * 60_000, 50_000);

export function tokenIdentity(value: string, load: () => Promise<TokenIdentity>): Promise<TokenIdentity> {
  return identities.get(value, load);
}

/** Called once a new token is committed. */
export function rememberTokenIdentity({ id, token, userId, concertId, seq, joinSeq }: TokenIdentity): void {
  identities.set(token, { id, token, userId, concertId, seq, joinSeq });
}

/** Read before the shuffle of a concert whose pre-queue it was in: its seq is no longer its place. */
export function isStaleIdentity(identity: TokenIdentity, controls: { shuffledAt: Date | null; preQueueSize: number }): boolean {
  return controls.shuffledAt !== null && identity.joinSeq === null && identity.seq <= controls.preQueueSize;
}
