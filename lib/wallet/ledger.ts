import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { formatMoney } from "../format/money";

type LedgerType = "CHARGE" | "PAYMENT" | "REFUND";

/**
 * Moves a user's balance by `delta` won and writes the matching ledger row,
 * inside the caller's transaction. The update is conditional, so the balance
 * never leaves [0, max] however many requests race; the row lock (PostgreSQL)
 * or write lock (SQLite) it takes also makes `balanceAfter` exact.
 */
export async function moveBalance(
  tx: Tx,
  input: { userId: string; delta: number; type: LedgerType; reservationId?: string | null; max: number },
): Promise<{
  balance: number;
  transaction: { id: string; type: LedgerType; amount: number; balanceAfter: number; reservationId: string | null; createdAt: Date };
}> {
  const { userId, delta, type, max } = input;
  const guard = delta < 0 ? { balance: { gte: -delta } } : { balance: { lte: max - delta } };
  // Conditional write: closes the race between parallel charges/payments on one wallet.
  const moved = await tx.user.updateMany({ where: { id: userId, ...guard }, data: { balance: { increment: delta } } });
  if (moved.count !== 1) {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!exists) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
    throw delta < 0
      ? new AppError("INSUFFICIENT_BALANCE", "Your balance is lower than the price. Top up your wallet and try again.")
      : new AppError("INVALID_AMOUNT", `This top-up would take your balance past ${formatMoney(max, "en")}.`);
  }
  const { balance } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  const transaction = await tx.walletTransaction.create({
    data: { userId, type, amount: delta, balanceAfter: balance, reservationId: input.reservationId ?? null },
    select: { id: true, type: true, amount: true, balanceAfter: true, reservationId: true, createdAt: true },
  });
  return { balance, transaction };
}
