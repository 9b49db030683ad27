import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Receipt } from "../validations/payments";
import { receiptSelect, toReceipt } from "./receipt-view";

/** One receipt (owner only; someone else's id is a 404). */
export async function getPayment(userId: string, paymentId: string): Promise<Receipt> {
  const row = await getDb().payment.findFirst({ where: { id: paymentId, userId }, select: receiptSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such payment.");
  return toReceipt(row);
}
