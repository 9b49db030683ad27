"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { cancelBookingAction } from "@/lib/actions/tickets";
import { useFormat } from "@/lib/format/use-format";
import type { CancelQuote, CancelResult } from "@/lib/validations/tickets";
import { useInvalidateMoney } from "../hooks/use-invalidate-money";
import { CancellationPolicy } from "../policy/cancellation-policy";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Card, CardTitle } from "../ui/card";

/** "Can't go?": the fee schedule, today's exact refund, and a confirmed cancel (one Idempotency-Key per attempt). */
export function CancelTicket({
  reservationId,
  quote,
  schedule,
}: {
  reservationId: string;
  /** null once the ticket is void: only a cancellation just made here still shows (its message). */
  quote: CancelQuote | null;
  schedule: CancelQuote["schedule"];
}) {
  const t = useTranslations("tickets.cancel");
  const format = useFormat();
  const router = useRouter();
  const invalidateMoney = useInvalidateMoney();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<CancelResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A double click or a retry after a lost answer reuses the key, so the fan is refunded once.
  const attemptKey = useRef<string | null>(null);
  const refund = format.money(quote?.refund ?? 0);

  async function cancel() {
    if (busy) return;
    attemptKey.current ??= crypto.randomUUID();
    setBusy(true);
    setError(null);
    try {
      const result = await cancelBookingAction(reservationId, attemptKey.current);
      if (result.ok) {
        setDone(result.data);
        invalidateMoney(result.data.balanceAfter);
        router.refresh();
      } else {
        attemptKey.current = null;
        setError(result.message);
      }
    } catch {
      setError(t("unconfirmed"));
    }
    setBusy(false);
  }

  if (!quote && !done) return null;
  return (
    <Card className="mt-6 print:hidden" data-testid="cancel-ticket">
      <CardTitle className="mb-2">{t("title")}</CardTitle>
      <CancellationPolicy schedule={schedule} quote={quote ?? undefined} />
      <div aria-live="polite" className="mt-4 empty:mt-0">
        {done ? (
          <Alert tone="success">
            {t("done", { refund: format.money(done.refundedAmount), fee: format.money(done.fee) })}{" "}
            <ButtonLink href="/wallet" size="sm" variant="secondary" className="ml-2">
              {t("wallet")}
            </ButtonLink>
          </Alert>
        ) : null}
        {error ? <Alert tone="danger">{error}</Alert> : null}
      </div>
      {quote?.cancellable && !done ? (
        confirming ? (
          <div className="mt-4 space-y-3">
            <p className="text-sm text-slate-700">{t("confirm", { refund })}</p>
            <div className="flex gap-2">
              <Button variant="danger" loading={busy} onClick={() => void cancel()} data-testid="cancel-confirm">
                {t("yes")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
                {t("keep")}
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" className="mt-4" onClick={() => setConfirming(true)} data-testid="cancel-start">
            {t("button", { refund })}
          </Button>
        )
      ) : null}
    </Card>
  );
}
