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
import { Money } from "../ui/money";
import { TierName } from "./tier-name";

/** The fan's holds on this date, each with its timer, a way to pay and a way to let go. */
export function MyHolds({ holds }: { holds: ReservationView[] }) {
  const t = useTranslations("seats");
  const now = useNow();
  const client = useQueryClient();
  const [releasing, setReleasing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function release(id: string, concertId: string) {
    setReleasing(id);
    setError(null);
    try {
      const result = await releaseHoldAction(id, concertId);
      if (!result.ok) setError(result.message);
    } finally {
      setReleasing(null);
      await client.invalidateQueries({ queryKey: ["reservations"] });
      await client.invalidateQueries({ queryKey: ["seats"] });
    }
  }

  const live = holds.filter((h) => h.heldUntil && Date.parse(h.heldUntil) > now);
  if (live.length === 0) {
    return <p className="text-sm text-slate-600">{t("pickHint")}</p>;
  }
  return (
    <div className="space-y-3">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <ul className="space-y-3" aria-label={t("heldList")} data-testid="my-holds">
        {live.map((h) => (
          <li key={h.id} className="rounded-xl bg-emerald-50 p-4 ring-1 ring-emerald-200">
            <div className="flex items-baseline justify-between gap-3">
              <p className="font-semibold">
                {t("seatLabel", { label: h.seat.label })}{" "}
                <span className="text-sm font-normal text-slate-600">
                  <TierName tier={h.seat.tier} />
                </span>
              </p>
              <Money amount={h.price} className="font-semibold" />
            </div>
            <p className="mt-1 text-sm text-emerald-900">
              {t("heldFor")}{" "}
              <span className="font-mono font-semibold tabular-nums">{formatCountdown(Date.parse(h.heldUntil ?? "") - now)}</span>
            </p>
            <div className="mt-3 flex gap-2">
              <ButtonLink href={`/checkout/${h.id}`} size="sm" className="flex-1" data-testid={`checkout-${h.seat.label}`}>
                {t("checkout")}
              </ButtonLink>
              <Button
                variant="danger"
                size="sm"
                loading={releasing === h.id}
                onClick={() => void release(h.id, h.concertId)}
                aria-label={t("releaseSeat", { label: h.seat.label })}
              >
                {t("release")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
