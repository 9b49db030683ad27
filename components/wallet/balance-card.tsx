"use client";

import { useWallet } from "../hooks/use-wallet";
import { Money } from "../ui/money";

export function BalanceCard({ initialBalance }: { initialBalance: number }) {
  const { data } = useWallet(initialBalance);
  return (
    <div className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 p-6 text-white shadow-sm">
      <p className="text-sm font-medium text-white/80">Current balance</p>
      <p className="mt-1 text-4xl font-bold tracking-tight" aria-live="polite" data-testid="wallet-balance">
        <Money amount={data?.balance ?? initialBalance} />
      </p>
      <p className="mt-3 text-xs text-white/70">Used to pay for seats. Balance can hold up to ₩10,000,000.</p>
    </div>
  );
}
