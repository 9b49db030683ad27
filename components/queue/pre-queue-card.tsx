"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { useNow } from "../hooks/use-now";
import { Card } from "../ui/card";
import { Spinner } from "../ui/spinner";
import { LeaveQueueButton } from "./leave-queue-button";
import { countdownText } from "./sale-countdown";

/**
 * The waiting room before the sale opens: the fan has no place yet, only
 * the pre-queue's size and the countdown. The token poll that follows the
 * opening brings the drawn place, and the page becomes the waiting room.
 */
export function PreQueueCard({
  concertId,
  concertTitle,
  size,
  salesOpenAt,
}: {
  concertId: string;
  concertTitle: string;
  size: number;
  salesOpenAt: string;
}) {
  const t = useTranslations("opening.preQueue");
  const format = useFormat();
  const now = useNow();
  const left = Date.parse(salesOpenAt) - now;
  const countdown = countdownText(left, format);
  return (
    <Card className="overflow-hidden p-0! sm:p-0!" data-testid="pre-queue">
      <div className="bg-gradient-to-br from-slate-900 to-brand-700 px-6 py-8 text-center text-white sm:py-10">
        <p className="text-sm font-medium text-white/70">{concertTitle}</p>
        <h2 className="mt-4 text-2xl font-bold">{t("title")}</h2>
        <p className="mt-1 text-6xl font-bold tabular-nums tracking-tight" role="timer" aria-live="off" data-testid="pre-queue-countdown">
          {countdown}
        </p>
        <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="queue-status">
          {t("status", { size, countdown: format.duration(Math.max(0, Math.ceil(left / 1000))) })}
        </p>
      </div>
      <div className="space-y-5 p-6">
        <dl className="grid grid-cols-2 gap-3 text-center">
          <div className="rounded-xl bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{t("fans")}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid="pre-queue-size">
              {format.number(size)}
            </dd>
          </div>
          <div className="rounded-xl bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{t("opensIn")}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{countdown}</dd>
          </div>
        </dl>
        <div className="flex items-start gap-3 rounded-xl bg-brand-50 p-4 text-sm text-brand-700">
          <Spinner className="mt-0.5 size-4 shrink-0" />
          <p>{left > 0 ? t("fair") : t("drawing")}</p>
        </div>
        <div className="flex justify-end">
          <LeaveQueueButton concertId={concertId} />
        </div>
      </div>
    </Card>
  );
}
