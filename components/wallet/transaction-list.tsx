"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";
import { messageFor } from "@/lib/ui/error-messages";
import { isApiError } from "@/lib/ui/api-client";
import { TRANSACTIONS_PAGE_SIZE, useTransactions } from "../hooks/use-transactions";
import { Alert } from "../ui/alert";
import { Badge, type Tone } from "../ui/badge";
import { Button } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { VenueTime } from "../ui/venue-time";
import { Money } from "../ui/money";
import { Skeleton } from "../ui/skeleton";

const TONES = { CHARGE: "success", PAYMENT: "brand", REFUND: "warning" } as const satisfies Record<string, Tone>;

export function TransactionList() {
  const t = useTranslations("wallet");
  const locale = useLocale();
  const format = useFormat();
  const q = useTransactions();
  if (q.isPending) {
    return (
      <div className="space-y-2" role="status" aria-label={t("loading")}>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    );
  }
  if (q.isError) return <Alert tone="danger">{isApiError(q.error) ? q.error.message : messageFor("INTERNAL")}</Alert>;
  const rows = q.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>;

  return (
    <div>
      <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200" aria-label={t("list")} data-testid="transaction-list">
        {rows.map((row) => {
          return (
            <li key={row.id} className="flex items-center justify-between gap-3 bg-white px-4 py-3 first:rounded-t-xl last:rounded-b-xl">
              <div className="min-w-0">
                <div className="flex items-center gap-2">
                  <Badge tone={TONES[row.type]}>{t(`types.${row.type}`)}</Badge>
                </div>
                {row.booking ? (
                  // What the money was for, named as the fan knows it; the link is at least 24×24 px to tap on a phone (WCAG 2.5.8).
                  <Link
                    href={row.booking.paymentId ? `/receipts/${row.booking.paymentId}` : "/bookings"}
                    className="mt-1 flex min-h-6 items-center text-sm font-medium text-slate-800 underline-offset-2 hover:underline"
                    data-testid="transaction-booking"
                  >
                    {t("bookingLine", {
                      title: concertTitleIn(locale, row.booking),
                      seat: row.booking.seat.label,
                      date: format.date(row.booking.startsAt, "short", row.booking.timeZone),
                    })}
                  </Link>
                ) : null}
                <VenueTime iso={row.createdAt} style="full" zone={row.booking?.timeZone} className="mt-1 block text-xs text-slate-500" />
              </div>
              <div className="text-right">
                <Money
                  amount={row.amount}
                  signed
                  className={row.amount < 0 ? "font-semibold text-slate-900" : "font-semibold text-emerald-700"}
                />
                <p className="text-xs text-slate-500">{t.rich("balanceAfter", { amount: () => <Money amount={row.balanceAfter} /> })}</p>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="mt-4 flex items-center justify-between gap-3 text-sm text-slate-500">
        <span aria-live="polite">{t("showing", { count: rows.length })}</span>
        {q.hasNextPage ? (
          <Button variant="secondary" size="sm" loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
            {t("loadMore", { count: TRANSACTIONS_PAGE_SIZE })}
          </Button>
        ) : rows.length > TRANSACTIONS_PAGE_SIZE ? (
          <span>{t("everything")}</span>
        ) : null}
      </div>
    </div>
  );
}
