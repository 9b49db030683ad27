"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { isApiError } from "@/lib/ui/api-client";
import { usePayments } from "../hooks/use-payments";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { VenueTime } from "../ui/venue-time";
import { Money } from "../ui/money";
import { Skeleton } from "../ui/skeleton";

export function ReceiptList() {
  const t = useTranslations("receipts");
  const locale = useLocale();
  const q = usePayments();
  if (q.isPending) return <Skeleton className="h-40 w-full rounded-2xl" />;
  if (q.isError) return <Alert tone="danger">{isApiError(q.error) ? q.error.message : t("loadFailed")}</Alert>;
  if (q.data.items.length === 0)
    return (
      <EmptyState title={t("empty")} action={<ButtonLink href="/">{t("browse")}</ButtonLink>}>
        {t("emptyBody")}
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-slate-100 rounded-2xl bg-white ring-1 ring-slate-200" aria-label={t("list")}>
      {q.data.items.map((p) => (
        <li key={p.id} className="flex items-center justify-between gap-3 p-4">
          <div className="min-w-0">
            <Link href={`/receipts/${p.id}`} className="font-semibold hover:underline">
              {t("item", { title: concertTitleIn(locale, p), label: p.seat.label })}
            </Link>
            <p className="text-sm text-slate-600">
              {t.rich("paidOn", { date: () => <VenueTime iso={p.paidAt} style="short" zone={p.timeZone} /> })}{" "}
              {p.refundedAt ? <Badge tone="warning">{t("refunded")}</Badge> : null}
            </p>
          </div>
          <Money amount={p.amount} className="font-semibold" />
        </li>
      ))}
    </ul>
  );
}
