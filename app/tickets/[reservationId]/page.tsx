import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadTicket } from "@/app/page-data";
import { PrintButton } from "@/components/bookings/print-button";
import { TierName } from "@/components/seats/tier-name";
import { CancelTicket } from "@/components/tickets/cancel-ticket";
import { TicketQr } from "@/components/tickets/ticket-qr";
import { Badge, type Tone } from "@/components/ui/badge";
import { VenueTime } from "@/components/ui/venue-time";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { configuredFeeSchedule } from "@/lib/cancellation/configured-schedule";
import { quoteCancellation } from "@/lib/cancellation/quote-cancellation";
import { getConcertTexts } from "@/lib/catalogue/concert-texts";
import { ticketQrSvg } from "@/lib/tickets/ticket-qr";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets");
  return { title: t("title") };
}

const TONE: Record<string, Tone> = { VALID: "success", CHECKED_IN: "neutral", VOID: "danger" };

/** The e-ticket: QR code, concert, date, seat and holder; printable, and complete once loaded (the QR is inline SVG). */
export default async function TicketPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/tickets/${reservationId}`);
  const [ticket, t, locale] = await Promise.all([loadTicket(caller.id, reservationId), getTranslations("tickets"), getLocale()]);
  const texts = (await getConcertTexts(ticket.concertId, locale)).get(ticket.concertId);
  const [svg, quote] = await Promise.all([
    ticket.code ? ticketQrSvg(ticket.code) : Promise.resolve(null),
    ticket.status === "VALID" ? quoteCancellation(caller.id, reservationId) : Promise.resolve(undefined),
  ]);
  const rows: Array<[string, React.ReactNode]> = [
    [t("rows.concert"), texts?.title ?? ticket.concertTitle],
    [t("rows.artist"), texts?.artist ?? ticket.artist],
    [t("rows.venue"), texts?.venue ?? ticket.venue],
    [t("rows.date"), <VenueTime key="d" iso={ticket.startsAt} zone={ticket.timeZone} />],
    [t("rows.seat"), t.rich("seatValue", { label: ticket.seat.label, tier: () => <TierName tier={ticket.seat.tier} /> })],
    [t("rows.holder"), ticket.holderName],
    [
      t("rows.booking"),
      <span key="b" className="font-mono">
        {ticket.bookingNumber}
      </span>,
    ],
  ];
  return (
    <div className="mx-auto max-w-md">
      <div className="mb-4 flex items-center justify-between print:hidden">
        <Link href="/bookings" className="inline-block py-1 text-sm font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <article className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 print:shadow-none print:ring-0" data-testid="ticket">
        <header className="flex items-start justify-between gap-4">
          <div>
            <p className="text-sm font-bold tracking-tight text-brand-700">{t("brand")}</p>
            <h1 className="mt-1 text-xl font-bold tracking-tight">{texts?.title ?? ticket.concertTitle}</h1>
          </div>
          <Badge tone={TONE[ticket.status] ?? "neutral"}>
            <span data-testid="ticket-status">{t(`status.${ticket.status}`)}</span>
          </Badge>
        </header>
        {svg && ticket.code ? (
          <TicketQr svg={svg} code={ticket.code} label={t("qrLabel", { label: ticket.seat.label })} codeLabel={t("code")} />
        ) : (
          <div className="my-6 rounded-xl bg-red-50 p-5 text-center text-red-900" role="status" data-testid="ticket-void">
            <p className="text-lg font-bold">{t("voidTitle")}</p>
            <p className="mt-1 text-sm">{t("voidBody")}</p>
          </div>
        )}
        {ticket.checkedInAt ? (
          <p className="mb-4 text-center text-sm font-medium text-slate-700">
            {t.rich("usedAt", { date: () => <VenueTime iso={ticket.checkedInAt ?? ""} style="short" zone={ticket.timeZone} /> })}
          </p>
        ) : null}
        {ticket.status === "VALID" ? <p className="mb-4 text-center text-xs text-slate-500">{t("showAtDoor")}</p> : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-t border-dashed border-slate-300 pt-4 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="font-medium">{v}</dd>
            </div>
          ))}
        </dl>
      </article>
      {/* Also rendered once VOID, so the refund message of a cancellation survives the page's refresh. */}
      {ticket.status !== "CHECKED_IN" ? (
        <CancelTicket reservationId={reservationId} quote={quote ?? null} schedule={configuredFeeSchedule()} />
      ) : null}
    </div>
  );
}
