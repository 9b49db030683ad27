import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Me } from "../validations/accounts";

export async function getMe(userId: string): Promise<Me> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, balance: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  return user;
}
