import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import type { SignUpInput } from "../validations/accounts";
import { isUniqueViolation } from "../db/errors";

/** Signs a fan up. The email's unique index decides between two parallel sign-ups. */
export async function createUser(input: SignUpInput): Promise<{ id: string; email: string; name: string }> {
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
