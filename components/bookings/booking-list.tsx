"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { isApiError } from "@/lib/ui/api-client";
import { formatCountdown } from "@/lib/format";
import type { ReservationView } from "@/lib/validations/reservations";
import { useFormat } from "@/lib/format/use-format";
import { useNow } from "../hooks/use-now";
import { useReservations } from "../hooks/use-reservations";
import { Alert } from "../ui/alert";
import { Badge, type Tone } from "../ui/badge";
import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { VenueTime } from "../ui/venue-time";
import { TierName } from "../seats/tier-name";
import { Money } from "../ui/money";
import { Skeleton } from "../ui/skeleton";

type Status = ReservationView["status"];

const TONE: Record<Status, Tone> = { HELD: "warning", CONFIRMED: "success", EXPIRED: "neutral", CANCELLED: "danger" };

/** What came back to the wallet for a bought seat that was given back, when, and why. */
function RefundLine({ refund, zone }: { refund: NonNullable<ReservationView["refund"]>; zone: string }) {
  const t = useTranslations("bookings");
  const format = useFormat();
  const date = () => <VenueTime iso={refund.refundedAt} style="short" zone={zone} />;
  return (
    <p className="mt-1 text-sm text-amber-900" data-testid="booking-refund">
      {refund.by === "STAFF"
        ? t.rich("refund.byStaff", { amount: format.money(refund.amount), date })
        : t.rich("refund.byFan", { amount: format.money(refund.amount), fee: refund.fee, feeMoney: format.money(refund.fee), date })}
      {refund.reason ? <span className="block text-slate-600">{t("refund.reason", { reason: refund.reason })}</span> : null}
    </p>
  );
}

export function BookingList({ status }: { status?: Status }) {
  const t = useTranslations("bookings");
  const tb = useTranslations("basket");
  const tt = useTranslations("tickets");
  const locale = useLocale();
  const now = useNow();
  const q = useReservations(status, { refetchMs: 15_000 });
  if (q.isPending) {
    return (
      <div className="space-y-3" role="status" aria-label={t("loading")}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-28 w-full rounded-2xl" />
        ))}
      </div>
    );
  }
  if (q.isError) return <Alert tone="danger">{isApiError(q.error) ? q.error.message : t("loadFailed")}</Alert>;
  if (q.data.items.length === 0) {
    return (
      <EmptyState
        title={status ? t("emptyStatus", { status: t(`status.${status}`) }) : t("emptyAll")}
        action={<ButtonLink href="/">{t("browse")}</ButtonLink>}
      >
        {t("emptyBody")}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label={t("list")} data-testid="booking-list">
      {q.data.items.map((r) => {
        const held = r.status === "HELD" && r.heldUntil && Date.parse(r.heldUntil) > now;
        const shown: Status = r.status === "HELD" && !held ? "EXPIRED" : r.status;
        return (
          <li
            key={r.id}
            className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between sm:p-5"
            data-testid={`booking-${r.id}`}
          >
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={TONE[shown]}>{t(`status.${shown}`)}</Badge>
                <Link href={`/concerts/${r.concertId}`} className="font-semibold hover:underline">
                  {concertTitleIn(locale, r)}
                </Link>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <VenueTime iso={r.startsAt} zone={r.timeZone} /> ·{" "}
                {t.rich("seatLine", { label: r.seat.label, tier: () => <TierName tier={r.seat.tier} /> })} · <Money amount={r.price} />
              </p>
              {held ? (
                <p className="mt-1 text-sm font-medium text-amber-800">
                  {t("payWithin")}
                  <span className="font-mono tabular-nums">{formatCountdown(Date.parse(r.heldUntil ?? "") - now)}</span>
                </p>
              ) : null}
              {r.confirmedAt ? (
                <p className="mt-1 text-xs text-slate-500">
                  {t.rich("paid", { date: () => <VenueTime iso={r.confirmedAt ?? ""} style="short" zone={r.timeZone} /> })}
                  {r.bookingNumber ? (
                    <>
                      {" · "}
                      <span className="font-mono" data-testid="booking-number">
                        {tb("number", { number: r.bookingNumber })}
                      </span>
                    </>
                  ) : null}
                </p>
              ) : null}
              {r.refund ? <RefundLine refund={r.refund} zone={r.timeZone} /> : null}
            </div>
            <div className="flex gap-2">
              {held ? (
                <ButtonLink href={`/checkout/${r.id}`} size="sm">
                  {t("payNow")}
                </ButtonLink>
              ) : null}
              {r.status === "CONFIRMED" && r.paymentId ? (
                <>
                  <ButtonLink href={`/tickets/${r.id}`} size="sm" data-testid={`ticket-${r.id}`}>
                    {tt("link.ticket")}
                  </ButtonLink>
                  <ButtonLink href={`/receipts/${r.paymentId}`} size="sm" variant="secondary">
                    {t("receipt")}
                  </ButtonLink>
                </>
              ) : null}
              {r.refund && r.paymentId ? (
                <>
                  <ButtonLink href={`/receipts/${r.paymentId}`} size="sm" variant="secondary">
                    {t("receipt")}
                  </ButtonLink>
                  <ButtonLink href="/wallet" size="sm" variant="secondary">
                    {t("refund.wallet")}
                  </ButtonLink>
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
