/**
 * Who is calling. API routes read the session JWT straight from the cookie
 * (no extra round trip); pages and server actions use the same token through
 * next-auth's getServerSession.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "../env";
import { AppError } from "../errors";
import { authOptions } from "./options";

export interface Caller {
  id: string;
  role: "USER" | "ADMIN";
}

export async function callerFromRequest(req: NextRequest): Promise<Caller | null> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  if (!token?.id) return null;
  return { id: token.id, role: token.role ?? "USER" };
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
