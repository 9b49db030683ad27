import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReceiptList } from "@/components/bookings/receipt-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("receipts");
  return { title: t("title") };
}

export default async function ReceiptsPage() {
  await requirePageCaller("/receipts");
  const t = await getTranslations("receipts");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReceiptList />
    </>
  );
}
