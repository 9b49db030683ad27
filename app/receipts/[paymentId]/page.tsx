import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTitleIn, inLocale } from "@/lib/catalogue/in-locale";
import { PrintButton } from "@/components/bookings/print-button";
import { CancellationPolicy } from "@/components/policy/cancellation-policy";
import { TierName } from "@/components/seats/tier-name";
import { Badge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { VenueTime } from "@/components/ui/venue-time";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadPayment } from "@/app/page-data";
import { ButtonLink } from "@/components/ui/button";
import { configuredFeeSchedule } from "@/lib/cancellation/configured-schedule";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("receipts");
  return { title: t("heading") };
}

export default async function ReceiptPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const caller = await requirePageCaller(`/receipts/${paymentId}`);
  const [p, t, tb, tt, locale] = await Promise.all([
    loadPayment(caller.id, paymentId),
    getTranslations("receipts"),
    getTranslations("basket"),
    getTranslations("tickets"),
    getLocale(),
  ]);
  // Seats still bought (a basket's seat may be refunded alone); only their tickets admit anyone.
  const live = p.seats.filter((s) => s.status === "CONFIRMED");
  const rows: Array<[string, React.ReactNode]> = [
    [t("rows.concert"), concertTitleIn(locale, p)],
    [t("rows.artist"), inLocale(locale, p.artist, p.artistEn)],
    [t("rows.venue"), inLocale(locale, p.venue, p.venueEn)],
    [t("rows.date"), <VenueTime key="d" iso={p.startsAt} zone={p.timeZone} />],
    [
      p.seats.length > 1 ? tb("receipt.seats") : t("rows.seat"),
      <ul key="s" className="space-y-1" data-testid="receipt-seats">
        {p.seats.map((s) => (
          <li key={s.reservationId} className="flex justify-between gap-4">
            <span>
              {t.rich("seatValue", { label: s.label, tier: () => <TierName tier={s.tier} /> })}
              {s.status === "CANCELLED" ? <span className="ml-1 text-amber-800">{t("seatRefunded")}</span> : null}
            </span>
            <Money amount={s.price} />
          </li>
        ))}
      </ul>,
    ],
    [t("rows.paid"), <VenueTime key="p" iso={p.paidAt} zone={p.timeZone} />],
    [t("rows.method"), t("method")],
  ];
  return (
    <div className="mx-auto max-w-xl">
      <div className="mb-4 flex items-center justify-between print:hidden">
        <Link href="/receipts" className="inline-block py-1 text-sm font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <article
        className="receipt rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8 print:rounded-none print:p-0 print:shadow-none print:ring-0"
        data-testid="receipt"
      >
        <header className="flex items-start justify-between gap-4 border-b border-dashed border-slate-300 pb-5">
          <div>
            <p className="text-sm font-bold tracking-tight text-brand-700">StagePass</p>
            <h1 className="mt-1 text-2xl font-bold tracking-tight">{t("heading")}</h1>
            <p className="mt-1 break-all font-mono text-xs text-slate-500">{tb("number", { number: p.bookingNumber })}</p>
          </div>
          {p.refundedAt ? <Badge tone="warning">{t("refunded")}</Badge> : <Badge tone="success">{t("paid")}</Badge>}
        </header>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-3 py-5 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="font-medium">{v}</dd>
            </div>
          ))}
        </dl>
        <div className="flex items-baseline justify-between border-t border-dashed border-slate-300 pt-5">
          <span className="font-semibold">{t("total")}</span>
          <Money amount={p.amount} className="text-2xl font-bold" />
        </div>
        {p.refundedAt ? (
          <p className="mt-3 text-sm text-amber-800">
            {t.rich("refundedOn", { date: () => <VenueTime iso={p.refundedAt ?? ""} style="short" zone={p.timeZone} /> })}
          </p>
        ) : null}
        {/* A refunded receipt admits nobody: it does not tell the fan to show it at the door. */}
        {live.length > 0 ? <p className="mt-6 text-xs text-slate-500">{t("entry", { number: p.bookingNumber })}</p> : null}
        <nav aria-label={tt("link.list")} className="mt-4 flex flex-wrap gap-2 print:hidden">
          {live.map((s) => (
            <ButtonLink
              key={s.reservationId}
              href={`/tickets/${s.reservationId}`}
              size="sm"
              variant="secondary"
              data-testid={`ticket-link-${s.reservationId}`}
            >
              {tt("link.ticketFor", { label: s.label })}
            </ButtonLink>
          ))}
        </nav>
        <CancellationPolicy schedule={configuredFeeSchedule()} className="mt-6 border-t border-dashed border-slate-300 pt-5" />
      </article>
    </div>
  );
}
