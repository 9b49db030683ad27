/**
 * The challenge nonce: a payload naming the user, the concert, the
 * difficulty and the deadline, with an HMAC under a key derived from
 * AUTH_SECRET (which every instance shares). Nothing is stored until a
 * solution is redeemed, so handing out challenges costs no database write.
 */
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

export interface NoncePayload {
  /** user id */
  u: string;
  /** concert id */
  c: string;
  /** difficulty in bits */
  d: number;
  /** expires at, epoch ms */
  e: number;
  /** randomness: every challenge is new */
  r: string;
}

const key = createHmac("sha256", env.AUTH_SECRET).update("stagepass queue proof-of-work v1").digest();
const sign = (body: string) => createHmac("sha256", key).update(body).digest();

export function encodeNonce(payload: Omit<NoncePayload, "r">): string {
  const body = Buffer.from(JSON.stringify({ ...payload, r: randomBytes(12).toString("base64url") })).toString("base64url");
  return `${body}.${sign(body).toString("base64url")}`;
}

/** The payload of a nonce this deployment signed, or null for anything else. */
export function decodeNonce(nonce: string): NoncePayload | null {
  const [body, mac, ...rest] = nonce.split(".");
  if (!body || !mac || rest.length) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = sign(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const p = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<NoncePayload>;
    const ok = typeof p.u === "string" && typeof p.c === "string" && Number.isInteger(p.d) && Number.isFinite(p.e);
    return ok ? (p as NoncePayload) : null;
  } catch {
    return null;
  }
}
