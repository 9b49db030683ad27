/**
 * Password hashing with bcrypt (bcryptjs, pure JS so it needs no native build).
 * Verification of an unknown email still runs one full bcrypt compare against
 * a fixed hash, so a failed sign-in takes the same time whether or not the
 * account exists.
 */
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 10;
// The hash of a random string nobody knows, compared when there is no user.
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= await bcrypt.hash(randomBytes(16).toString("hex"), COST);
  const ok = await bcrypt.compare(password, hash ?? dummyHash);
  return ok && Boolean(hash);
}
