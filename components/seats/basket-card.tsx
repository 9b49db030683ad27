"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { releaseHoldAction } from "@/lib/actions/holds";
import { formatCountdown } from "@/lib/format";
import type { ReservationView } from "@/lib/validations/reservations";
import { useNow } from "../hooks/use-now";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { Money } from "../ui/money";
import { TierName } from "./tier-name";

export interface BasketLimits {
  /** Seats one fan may hold at once on one date (MAX_HOLDS_PER_USER). */
  holds: number;
  /** Tickets one fan may have for the concert over all dates (MAX_TICKETS_PER_USER_PER_CONCERT). */
  tickets: number;
}

/**
 * The seats the fan holds on this date, paid for together: the limit from
 * the start, each seat with a way to remove it, the total, one timer (the
 * first hold to run out ends the basket's chance to be paid whole) and one
 * "Checkout" for all of them.
 */
export function BasketCard({ holds, limits }: { holds: ReservationView[]; limits: BasketLimits }) {
  const t = useTranslations("basket");
  const now = useNow();
  const client = useQueryClient();
  const [releasing, setReleasing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function release(h: ReservationView) {
    setReleasing(h.id);
    setError(null);
    try {
      const result = await releaseHoldAction(h.id, h.concertId);
      if (!result.ok) setError(result.message);
    } finally {
      setReleasing(null);
      await client.invalidateQueries({ queryKey: ["reservations"] });
      await client.invalidateQueries({ queryKey: ["seats"] });
    }
  }

  const live = holds.filter((h) => h.heldUntil && Date.parse(h.heldUntil) > now).sort((a, b) => a.seat.number - b.seat.number);
  const total = live.reduce((sum, h) => sum + h.price, 0);
  const endsAt = Math.min(...live.map((h) => Date.parse(h.heldUntil ?? "")));
  return (
    <Card data-testid="basket">
      <div className="mb-1 flex items-baseline justify-between gap-3">
        <CardTitle>{t("title")}</CardTitle>
        <span className="text-sm font-medium text-slate-600" data-testid="basket-count">
          {t("count", { count: live.length, max: limits.holds })}
        </span>
      </div>
      <p className="mb-3 text-xs text-slate-600" data-testid="ticket-limit">
        {t("limit", { holds: limits.holds, tickets: limits.tickets })}
      </p>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {live.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100" aria-label={t("list")} data-testid="basket-seats">
            {live.map((h) => (
              <li key={h.id} className="flex items-center justify-between gap-3 py-2">
                <p className="min-w-0 text-sm">
                  <span className="font-semibold">{t("seat", { label: h.seat.label })}</span>{" "}
                  <span className="text-slate-600">
                    <TierName tier={h.seat.tier} />
                  </span>
                </p>
                <div className="flex shrink-0 items-center gap-2">
                  <Money amount={h.price} className="text-sm font-semibold" />
                  <Button
                    variant="secondary"
                    size="sm"
                    loading={releasing === h.id}
                    onClick={() => void release(h)}
                    aria-label={t("removeSeat", { label: h.seat.label })}
                  >
                    {t("remove")}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex items-baseline justify-between border-t border-slate-200 pt-3">
            <span className="font-semibold">{t("total")}</span>
            <Money amount={total} className="text-lg font-bold" />
          </div>
          <p className="mt-2 text-sm text-emerald-900">
            {t("heldFor")}{" "}
            <span role="timer" aria-label={t("timerLabel")} className="font-mono font-semibold tabular-nums" data-testid="basket-timer">
              {formatCountdown(endsAt - now)}
            </span>
          </p>
          {/* A long label (large text, narrow column) wraps inside the button's padding instead of touching its edges. */}
          <ButtonLink
            href={`/checkout/${live[0]!.id}`}
            className="mt-3 h-auto min-h-11 w-full py-2.5 text-center leading-snug"
            data-testid="basket-checkout"
          >
            {t("checkout", { count: live.length })}
          </ButtonLink>
        </>
      )}
    </Card>
  );
}
