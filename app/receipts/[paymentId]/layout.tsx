import { loadPayment } from "@/app/page-data";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

/** Outside the receipt's loading boundary: signed-out fans get a real redirect, unknown receipts a 404 status. */
export default async function ReceiptLayout({ children, params }: { children: React.ReactNode; params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const caller = await requirePageCaller(`/receipts/${paymentId}`);
  await loadPayment(caller.id, paymentId);
  return children;
}
