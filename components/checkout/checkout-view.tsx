"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useEffect, useRef, useState } from "react";
import { payBasketAction } from "@/lib/actions/payments";
import { formatCountdown } from "@/lib/format";
import type { CancelQuote } from "@/lib/validations/tickets";
import { QUEUE_PASS_CODES, type QueuePass } from "@/lib/validations/queue-pass";
import type { ReservationView } from "@/lib/validations/reservations";
import { MIN_CHARGE } from "@/lib/validations/wallet";
import { useInvalidateMoney } from "../hooks/use-invalidate-money";
import { useNow } from "../hooks/use-now";
import { useReservation } from "../hooks/use-reservation";
import { useReservations } from "../hooks/use-reservations";
import { useWallet } from "../hooks/use-wallet";
import { ChargeForm } from "../wallet/charge-form";
import { CancellationPolicy } from "../policy/cancellation-policy";
import { HoldAnnouncement } from "../seats/hold-announcement";
import { TierName } from "../seats/tier-name";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { VenueTime } from "../ui/venue-time";
import { Money } from "../ui/money";
import { QueuePassNotice } from "./queue-pass-notice";

/** Rounds a shortfall up to a top-up the schema accepts (whole thousands, at least the minimum). */
function suggestedTopUp(shortfall: number): number {
  return Math.max(MIN_CHARGE, Math.ceil(shortfall / 1000) * 1000);
}

/**
 * Checkout for the basket of `anchor`'s date: every seat the fan still holds
 * on it, paid in one payment (POST /api/v1/payments with reservationIds, all
 * or none). When none is held any more, says what became of `anchor`.
 */
export function CheckoutView({
  anchor,
  initialHolds,
  initialBalance,
  pass,
  feeSchedule,
  quote,
}: {
  anchor: ReservationView;
  initialHolds: ReservationView[];
  initialBalance: number;
  pass: QueuePass;
  feeSchedule: CancelQuote["schedule"];
  /** What cancelling `anchor` would refund if bought now (the page quotes it; each seat is cancelled alone). */
  quote?: CancelQuote;
}) {
  const t = useTranslations("checkout");
  const tb = useTranslations("basket.pay");
  const locale = useLocale();
  const router = useRouter();
  const client = useQueryClient();
  const invalidateMoney = useInvalidateMoney();
  const now = useNow();
  const { data: r = anchor } = useReservation(anchor.id, anchor);
  const { data: held } = useReservations("HELD", { refetchMs: 15_000, initialData: { items: initialHolds, nextCursor: null } });
  const { data: wallet } = useWallet(initialBalance);
  const [paying, setPaying] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  // One Idempotency-Key per attempt at one set of seats: a double click or a network retry reuses it and pays once.
  const attempt = useRef<{ key: string; ids: string } | null>(null);
  // A top-up that covers the total removes the top-up form (and the focus in it): focus goes on to Pay.
  const payButton = useRef<HTMLButtonElement>(null);
  const toppedUp = useRef(false);

  const seats = (held?.items ?? [])
    .filter((h) => h.scheduleId === anchor.scheduleId && h.heldUntil && Date.parse(h.heldUntil) > now)
    .sort((a, b) => a.seat.number - b.seat.number);
  const balance = wallet?.balance ?? initialBalance;
  const total = seats.reduce((sum, s) => sum + s.price, 0);
  const leftMs = Math.min(...seats.map((s) => Date.parse(s.heldUntil ?? ""))) - now;
  const short = balance < total;
  // No turn in the queue (from the page, or the payment's answer): Pay is off and the notice links to the queue.
  const queueError = error !== null && QUEUE_PASS_CODES.has(error.code) ? error : null;
  const queueBlocked = pass !== "ACTIVE" || queueError !== null;
  useEffect(() => {
    if (!short && toppedUp.current) {
      toppedUp.current = false;
      payButton.current?.focus();
    }
  }, [short]);

  async function pay() {
    if (paying) return;
    const ids = seats.map((s) => s.id);
    if (attempt.current?.ids !== ids.join()) attempt.current = { key: crypto.randomUUID(), ids: ids.join() };
    setPaying(true);
    setError(null);
    try {
      const result = await payBasketAction(ids, anchor.concertId, attempt.current.key);
      if (result.ok) {
        invalidateMoney(result.data.balance);
        await client.invalidateQueries({ queryKey: ["reservations"] });
        router.push(`/checkout/${anchor.id}/success?payment=${encodeURIComponent(result.data.id)}`);
        return;
      }
      // The attempt is over: the next click is a new attempt with a new key.
      attempt.current = null;
      setError({ code: result.code, message: result.message });
      if (result.code === "INSUFFICIENT_BALANCE") invalidateMoney();
      if (result.code === "RESERVATION_EXPIRED" || result.code === "RESERVATION_NOT_HELD")
        await client.invalidateQueries({ queryKey: ["reservations"] });
      setPaying(false);
    } catch {
      // Unknown outcome: keep the key, so trying again cannot pay twice.
      setError({ code: "NETWORK", message: t("unconfirmed") });
      setPaying(false);
    }
  }

  if (seats.length === 0 && !paying) {
    if (r.status === "CONFIRMED") {
      return (
        <Alert tone="success" title={t("alreadyPaid")}>
          {r.paymentId ? (
            <ButtonLink href={`/receipts/${r.paymentId}`} size="sm" className="mt-2">
              {t("viewReceipt")}
            </ButtonLink>
          ) : null}
        </Alert>
      );
    }
    return (
      <Card className="text-center" data-testid="checkout-expired">
        <h2 className="text-xl font-bold">{r.status === "CANCELLED" ? t("released") : t("expired")}</h2>
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
          {r.status === "CANCELLED" ? t("releasedBody", { label: r.seat.label }) : t("expiredBody", { label: r.seat.label })}
        </p>
        <div className="mt-6 flex justify-center">
          <ButtonLink href={`/concerts/${r.concertId}/dates/${r.scheduleId}`}>{t("pickAgain")}</ButtonLink>
        </div>
      </Card>
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-6">
        <Card>
          <CardTitle className="mb-4">{t("ticket")}</CardTitle>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-3 text-sm">
            <dt className="text-slate-500">{t("concert")}</dt>
            <dd className="font-semibold">{concertTitleIn(locale, anchor)}</dd>
            <dt className="text-slate-500">{t("date")}</dt>
            <dd>
              <VenueTime iso={anchor.startsAt} zone={anchor.timeZone} />
            </dd>
            <dt className="text-slate-500">{tb("seats")}</dt>
            <dd>
              <ul className="space-y-1" data-testid="checkout-seats">
                {seats.map((s) => (
                  <li key={s.id} className="flex justify-between gap-4">
                    <span>
                      {s.seat.label} · <TierName tier={s.seat.tier} />
                    </span>
                    <Money amount={s.price} className="font-semibold" />
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <p className="mt-5 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white">
            {tb("heldFor")}
            <span
              role="timer"
              aria-label={t("timerLabel")}
              className="font-mono text-base font-bold tabular-nums"
              data-testid="checkout-countdown"
            >
              {formatCountdown(leftMs)}
            </span>
            {tb("payBefore")}
          </p>
          {/* The site's hold banner stays out of this page for these holds, so the spoken warnings come from here. */}
          {seats[0] ? <HoldAnnouncement leftMs={leftMs} seatLabel={seats[0].seat.label} /> : null}
        </Card>
        {short ? (
          <Card data-testid="inline-top-up">
            <CardTitle className="mb-1">{t("topUpTitle")}</CardTitle>
            <p className="mb-4 text-sm text-slate-600">
              {tb.rich("topUpBody", { amount: () => <Money amount={total - balance} className="font-semibold text-slate-900" /> })}
            </p>
            <ChargeForm
              compact
              suggested={suggestedTopUp(total - balance)}
              onCharged={() => {
                setError(null);
                toppedUp.current = true;
              }}
            />
          </Card>
        ) : null}
      </div>
      <Card className="h-fit lg:sticky lg:top-28">
        <CardTitle className="mb-4">{t("payment")}</CardTitle>
        <dl className="space-y-2 text-sm">
          <div className="flex justify-between">
            <dt className="text-slate-600">{t("balance")}</dt>
            <dd className="font-semibold" data-testid="checkout-balance">
              <Money amount={balance} />
            </dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-slate-600">{tb("ticketLine", { count: seats.length })}</dt>
            <dd>
              <Money amount={-total} signed />
            </dd>
          </div>
          <div className="flex justify-between border-t border-slate-100 pt-2">
            <dt className="text-slate-600">{t("balanceAfter")}</dt>
            <dd className={short ? "font-semibold text-red-700" : "font-semibold"}>
              <Money amount={balance - total} signed={short} />
            </dd>
          </div>
        </dl>
        <CancellationPolicy schedule={feeSchedule} quote={quote} className="mt-5 border-t border-slate-100 pt-4" />
        <div aria-live="polite" className="mt-4 empty:mt-0">
          {error && !queueError ? <Alert tone="danger">{error.message}</Alert> : null}
        </div>
        {queueBlocked ? (
          <QueuePassNotice
            pass={queueError ? (queueError.code === "QUEUE_TOKEN_NOT_ACTIVE" ? "WAITING" : "NONE") : pass}
            concertId={anchor.concertId}
            scheduleId={anchor.scheduleId}
            message={queueError?.message}
          />
        ) : null}
        <Button
          ref={payButton}
          size="lg"
          className="mt-4 w-full"
          onClick={() => void pay()}
          loading={paying}
          disabled={short || queueBlocked}
          data-testid="pay-button"
        >
          {t.rich("pay", { amount: () => <Money amount={total} /> })}
        </Button>
        {short ? <p className="mt-2 text-center text-xs text-slate-500">{t("topUpToPay")}</p> : null}
      </Card>
    </div>
  );
}
