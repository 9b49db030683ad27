/**
 * Who is calling: the one session reader for route handlers, pages and server
 * actions alike. The session JWT (next-auth's cookie, or a Bearer token) says
 * who signed in and at which session version; the database says whether that
 * version is still current and what the user's role is now
 * (lib/auth/account-state.ts). So sign-out ends a stolen cookie too, and a
 * demoted admin loses staff rights within SESSION_CHECK_SECONDS.
 */
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { TtlCache } from "../cache/ttl-cache";
import { env } from "../env";
import { AppError } from "../errors";
import { accountState } from "./account-state";

export interface Caller {
  id: string;
  role: "USER" | "ADMIN";
}

interface Claims {
  id: string;
  sessionVersion: number;
  /** Epoch ms after which the JWT is no longer valid. */
  expiresAt: number;
}

/**
 * Decoding derives a key and decrypts a JWE on every request. The same cookie
 * always decodes to the same claims, so each process remembers them (keyed by
 * the whole cookie) for 5 minutes — longer than the slowest poll interval
 * (30 s), or a bench run re-decoded all 5,000 waiting fans' cookies on their
 * next poll. The expiry is checked on every use, never cached away.
 */
const DECODED_TTL_MS = 5 * 60_000;
const decoded = new TtlCache<Claims | null>(DECODED_TTL_MS, 20_000);
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function decodeClaims(token: string): Promise<Claims | null> {
  try {
    const jwt = await decode({ token, secret: env.AUTH_SECRET });
    if (!jwt?.id || typeof jwt.exp !== "number") return null;
    return { id: jwt.id, sessionVersion: typeof jwt.sv === "number" ? jwt.sv : 0, expiresAt: jwt.exp * 1000 };
  } catch {
    return null;
  }
}

/** The caller of a session token, checked against the database. */
async function callerOf(token: string | undefined): Promise<Caller | null> {
  if (!token) return null;
  const claims = await decoded.get(token, () => decodeClaims(token));
  if (!claims || claims.expiresAt <= Date.now()) return null;
  const state = await accountState(claims.id);
  if (!state || state.sessionVersion !== claims.sessionVersion) return null;
  return { id: claims.id, role: state.role };
}

function sessionToken(cookie: (name: string) => string | undefined, authorization: string | null): string | undefined {
  const fromCookie = SESSION_COOKIES.map(cookie).find(Boolean);
  if (fromCookie) return fromCookie;
  return authorization?.startsWith("Bearer ") ? authorization.slice(7) : undefined;
}

export async function callerFromRequest(req: NextRequest): Promise<Caller | null> {
  return callerOf(sessionToken((name) => req.cookies.get(name)?.value, req.headers.get("authorization")));
}

/** For server components and server actions: the same reader, from the request's cookies. */
export async function currentCaller(): Promise<Caller | null> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return callerOf(sessionToken((name) => jar.get(name)?.value, head.get("authorization")));
}

export async function requireCaller(req: NextRequest): Promise<Caller> {
  const caller = await callerFromRequest(req);
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return caller;
}

export async function requireAdmin(req: NextRequest): Promise<Caller> {
  const caller = await requireCaller(req);
  if (caller.role !== "ADMIN") throw new AppError("FORBIDDEN", "Staff only.");
  return caller;
}

/** For server actions: the signed-in caller, or UNAUTHENTICATED. */
export async function requireActionCaller(): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return caller;
}

/** For staff server actions: an ADMIN by the database's word, or UNAUTHENTICATED / FORBIDDEN. */
export async function requireStaffActionCaller(): Promise<Caller> {
  const caller = await requireActionCaller();
  if (caller.role !== "ADMIN") throw new AppError("FORBIDDEN", "Staff only.");
  return caller;
}
