import "server-only";
import { getDb } from "../db";
import { verifyPassword } from "../auth/password";
import { signInSchema } from "../validations/accounts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "USER" | "ADMIN";
  /** Carried in the session JWT; sessions of an older version no longer count. */
  sessionVersion: number;
}

/** Checks an email and password; null on any failure, taking the same time either way. */
export async function verifyCredentials(raw: unknown): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await getDb().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
