"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { MAX_BALANCE } from "@/lib/validations/wallet";
import { useWallet } from "../hooks/use-wallet";
import { Money } from "../ui/money";

export function BalanceCard({ initialBalance }: { initialBalance: number }) {
  const t = useTranslations("wallet.balance");
  const format = useFormat();
  const { data } = useWallet(initialBalance);
  return (
    <div className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 p-6 text-white shadow-sm">
      <p className="text-sm font-medium text-white/80">{t("current")}</p>
      <p className="mt-1 text-4xl font-bold tracking-tight" aria-live="polite" data-testid="wallet-balance">
        <Money amount={data?.balance ?? initialBalance} />
      </p>
      <p className="mt-3 text-xs text-white/70">{t("note", { max: format.money(MAX_BALANCE) })}</p>
    </div>
  );
}
