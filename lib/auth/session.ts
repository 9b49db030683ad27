/**
 * Who is calling. API routes read the session JWT straight from the cookie
 * (no extra round trip); pages and server actions use the same token through
 * next-auth's getServerSession.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { TtlCache } from "../cache/ttl-cache";
import { env } from "../env";
import { AppError } from "../errors";
import { authOptions } from "./options";

export interface Caller {
  id: string;
  role: "USER" | "ADMIN";
}

/**
 * Decoding a session cookie derives a key and decrypts a JWE on every request.
 * The same cookie decodes to the same caller until it expires, so each
 * process remembers the answer (keyed by the whole cookie) for DECODED_TTL_MS.
 * That must outlast the slowest poll interval (30 s) and a long queue join:
 * with 30 s, a bench run re-decoded all 5,000 waiting fans' cookies on their
 * next poll. So that no cached answer outlives its session, a session with
 * less than that left (of its 7 days) counts as expired.
 */
const DECODED_TTL_MS = 5 * 60_000;
const decoded = new TtlCache<Caller | null>(DECODED_TTL_MS, 20_000);
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

async function decodeCaller(req: NextRequest): Promise<Caller | null> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  if (!token?.id) return null;
  if (typeof token.exp === "number" && token.exp * 1000 < Date.now() + DECODED_TTL_MS) return null;
  return { id: token.id, role: token.role ?? "USER" };
}

export async function callerFromRequest(req: NextRequest): Promise<Caller | null> {
  const cookie = SESSION_COOKIES.map((name) => req.cookies.get(name)?.value).find(Boolean);
  if (!cookie || req.headers.get("authorization")) return decodeCaller(req);
  return decoded.get(cookie, () => decodeCaller(req));
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

/** For server components and server actions. */
export async function currentCaller(): Promise<Caller | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? { id: session.user.id, role: session.user.role } : null;
}
