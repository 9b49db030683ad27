"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { useServerNow } from "../hooks/use-server-now";
import { JoinQueueButton } from "./join-queue-button";

/** "1:05:09" or "4:05": the time left to an instant. */
export function countdownText(ms: number, format: ReturnType<typeof useFormat>): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total < 3600) return format.countdown(ms);
  const minutes = format.countdown((total % 3600) * 1000).padStart(5, "0");
  return `${Math.floor(total / 3600)}:${minutes}`;
}

/**
 * The concert page before a scheduled sale: a countdown to the opening, and
 * from PRE_QUEUE_MINUTES before it the button into the pre-queue. It turns
 * into the usual join button by itself at the opening.
 */
export function SaleCountdown({
  concertId,
  salesOpenAt,
  preQueueOpensAt,
  serverNow,
  timeZone,
}: {
  concertId: string;
  salesOpenAt: string;
  preQueueOpensAt: string;
  serverNow: number;
  timeZone?: string;
}) {
  const t = useTranslations("opening.countdown");
  const format = useFormat();
  const now = useServerNow(serverNow);
  const opensAt = Date.parse(salesOpenAt);
  const preQueueAt = Date.parse(preQueueOpensAt);
  const open = now >= opensAt;
  const preQueue = !open && now >= preQueueAt;
  return (
    <div className="on-dark mt-6 rounded-2xl bg-slate-900 p-5 text-white" data-testid="sale-countdown">
      <p className="text-sm font-semibold">{t("title", { at: format.date(opensAt, "full", timeZone) })}</p>
      {open ? (
        <p className="mt-2 text-lg font-semibold" data-testid="sale-opened">
          {t("opened")}
        </p>
      ) : (
        <div className="mt-3">
          <p className="text-xs font-medium uppercase tracking-widest text-white/70">{t("opensIn")}</p>
          <p className="mt-1 text-5xl font-bold tabular-nums" role="timer" aria-live="off" data-testid="sale-countdown-time">
            {countdownText(opensAt - now, format)}
          </p>
        </div>
      )}
      <p className="mt-3 text-sm text-white/80">
        {open ? null : preQueue ? t("preQueueOpen") : t("preQueueAt", { at: format.date(preQueueAt, "full", timeZone) })}
      </p>
      {open || preQueue ? (
        <div className="mt-4">
          <JoinQueueButton concertId={concertId} label={open ? undefined : t("joinPreQueue")} />
        </div>
      ) : null}
    </div>
  );
}
