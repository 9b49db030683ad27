import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";

export async function getWallet(userId: string): Promise<{ balance: number; currency: "KRW" }> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { balance: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  return { balance: user.balance, currency: "KRW" };
}
