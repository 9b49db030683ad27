import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BalanceCard } from "@/components/wallet/balance-card";
import { ChargeForm } from "@/components/wallet/charge-form";
import { TransactionList } from "@/components/wallet/transaction-list";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { getWallet } from "@/lib/wallet/get-wallet";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("wallet");
  return { title: t("title") };
}

export default async function WalletPage() {
  const caller = await requirePageCaller("/wallet");
  const [wallet, t] = await Promise.all([getWallet(caller.id), getTranslations("wallet")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <div className="space-y-6">
          <BalanceCard initialBalance={wallet.balance} />
          <Card>
            <ChargeForm />
          </Card>
        </div>
        <Card>
          <CardTitle className="mb-4">{t("history")}</CardTitle>
          <TransactionList />
        </Card>
      </div>
    </>
  );
}
