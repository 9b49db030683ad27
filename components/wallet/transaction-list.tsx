"use client";

import Link from "next/link";
import { messageFor } from "@/lib/ui/error-messages";
import { isApiError } from "@/lib/ui/api-client";
import { TRANSACTIONS_PAGE_SIZE, useTransactions } from "../hooks/use-transactions";
import { Alert } from "../ui/alert";
import { Badge, type Tone } from "../ui/badge";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { LocalTime } from "../ui/local-time";
import { Money } from "../ui/money";
import { Skeleton } from "../ui/skeleton";

const TYPES: Record<string, { label: string; tone: Tone }> = {
  CHARGE: { label: "Top-up", tone: "success" },
  PAYMENT: { label: "Payment", tone: "brand" },
  REFUND: { label: "Refund", tone: "warning" },
};

export function TransactionList() {
  const q = useTransactions();
  if (q.isPending) {
    return (
      <div className="space-y-2" role="status" aria-label="Loading transactions">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    );
  }
  if (q.isError) return <Alert tone="danger">{isApiError(q.error) ? q.error.message : messageFor("INTERNAL")}</Alert>;
  const rows = q.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <EmptyState title="No transactions yet">Top-ups, payments and refunds will appear here.</EmptyState>;

  return (
    <div>
      <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200" aria-label="Transactions" data-testid="transaction-list">
        {rows.map((t) => {
          const type = TYPES[t.type] ?? { label: t.type, tone: "neutral" as Tone };
          return (
            <li key={t.id} className="flex items-center justify-between gap-3 bg-white px-4 py-3 first:rounded-t-xl last:rounded-b-xl">
              <div className="min-w-0">
                <div className="flex items-center gap-2">
                  <Badge tone={type.tone}>{type.label}</Badge>
                  {t.reservationId ? (
                    <Link href="/bookings" className="truncate text-xs text-slate-500 underline-offset-2 hover:underline">
                      Booking
                    </Link>
                  ) : null}
                </div>
                <LocalTime iso={t.createdAt} style="full" className="mt-1 block text-xs text-slate-500" />
              </div>
              <div className="text-right">
                <Money
                  amount={t.amount}
                  signed
                  className={t.amount < 0 ? "font-semibold text-slate-900" : "font-semibold text-emerald-700"}
                />
                <p className="text-xs text-slate-500">
                  Balance <Money amount={t.balanceAfter} />
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="mt-4 flex items-center justify-between gap-3 text-sm text-slate-500">
        <span aria-live="polite">
          Showing {rows.length} transaction{rows.length === 1 ? "" : "s"}
        </span>
        {q.hasNextPage ? (
          <Button variant="secondary" size="sm" loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
            Load {TRANSACTIONS_PAGE_SIZE} more
          </Button>
        ) : rows.length > TRANSACTIONS_PAGE_SIZE ? (
          <span>That is everything.</span>
        ) : null}
      </div>
    </div>
  );
}
