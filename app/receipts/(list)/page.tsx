import type { Metadata } from "next";
import { ReceiptList } from "@/components/bookings/receipt-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

export const metadata: Metadata = { title: "Receipts" };

export default async function ReceiptsPage() {
  await requirePageCaller("/receipts");
  return (
    <>
      <PageHeader title="Receipts" description="One receipt per payment, ready to print." />
      <ReceiptList />
    </>
  );
}
