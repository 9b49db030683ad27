import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/bookings/print-button";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadPayment } from "@/app/page-data";

export const metadata: Metadata = { title: "Receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const caller = await requirePageCaller(`/receipts/${paymentId}`);
  const p = await loadPayment(caller.id, paymentId);
  const rows: Array<[string, React.ReactNode]> = [
    ["Concert", p.concertTitle],
    ["Artist", p.artist],
    ["Venue", p.venue],
    ["Date", <LocalTime key="d" iso={p.startsAt} />],
    ["Seat", `${p.seat.label} (${p.seat.tier})`],
    ["Paid", <LocalTime key="p" iso={p.paidAt} />],
    ["Payment method", "StagePass wallet"],
  ];
  return (
    <div className="mx-auto max-w-xl">
      <div className="mb-4 flex items-center justify-between print:hidden">
        <Link href="/receipts" className="inline-block py-1 text-sm font-medium text-brand-700 hover:underline">
          ← All receipts
        </Link>
        <PrintButton />
      </div>
      <article
        className="receipt rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8 print:rounded-none print:p-0 print:shadow-none print:ring-0"
        data-testid="receipt"
      >
        <header className="flex items-start justify-between gap-4 border-b border-dashed border-slate-300 pb-5">
          <div>
            <p className="text-sm font-bold tracking-tight text-brand-700">StagePass</p>
            <h1 className="mt-1 text-2xl font-bold tracking-tight">Receipt</h1>
            <p className="mt-1 break-all font-mono text-xs text-slate-500">No. {p.id}</p>
          </div>
          {p.refundedAt ? <Badge tone="warning">Refunded</Badge> : <Badge tone="success">Paid</Badge>}
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
          <span className="font-semibold">Total (KRW, taxes included)</span>
          <Money amount={p.amount} className="text-2xl font-bold" />
        </div>
        {p.refundedAt ? (
          <p className="mt-3 text-sm text-amber-800">
            Refunded to your wallet on <LocalTime iso={p.refundedAt} style="short" />.
          </p>
        ) : null}
        <p className="mt-6 text-xs text-slate-500">
          Show this receipt or your account at the venue entrance. Reservation {p.reservationId}.
        </p>
      </article>
    </div>
  );
}
