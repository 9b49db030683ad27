import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import type { SignUpInput } from "../validations/accounts";
import { isUniqueViolation } from "../db/errors";
import { consumeRateLimit } from "../rate-limit/limiter";
import { LIMITS } from "../rate-limit/limits";

/**
 * Signs a fan up. Each attempt from one client address counts against
 * SIGNUPS_PER_ADDRESS_PER_HOUR (429 past it), before the costly password hash.
 * The email's unique index decides between two parallel sign-ups.
 */
export async function createUser(input: SignUpInput, clientAddress: string): Promise<{ id: string; email: string; name: string }> {
  await consumeRateLimit(LIMITS.signUpAddress, clientAddress);
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("EMAIL_TAKEN", "An account with this email already exists.");
    throw e;
  }
}
