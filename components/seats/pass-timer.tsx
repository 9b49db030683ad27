"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatCountdown } from "@/lib/format";
import type { QueueTokenView } from "@/lib/validations/queue";
import { useNow } from "../hooks/use-now";
import { useQueueToken } from "../hooks/use-queue-token";

/**
 * How long the fan's admitted queue pass still lets them pick seats (the
 * token's `expiresAt`). Quiet on purpose: a small line under the heading,
 * turning amber in the last two minutes. Re-reads the token as often as the
 * server says, so leaving or paying elsewhere shows up here too.
 */
export function PassTimer({ initial, concertId, scheduleId }: { initial: QueueTokenView; concertId: string; scheduleId: string }) {
  const t = useTranslations("seats");
  const { data = initial } = useQueueToken(initial);
  const now = useNow();
  const leftMs = data.expiresAt ? Date.parse(data.expiresAt) - now : 0;
  if (data.status === "WAITING") return null;
  if (data.status === "EXPIRED" || leftMs <= 0) {
    return (
      <p className="text-sm text-amber-800" data-testid="pass-timer" data-state="ended">
        {t("pass.ended")}{" "}
        <Link href={`/concerts/${concertId}/queue?date=${scheduleId}`} className="font-semibold underline">
          {t("backToWaiting")}
        </Link>
      </p>
    );
  }
  const low = leftMs <= 120_000;
  return (
    <p className={low ? "text-sm font-medium text-amber-800" : "text-sm text-slate-500"} data-testid="pass-timer">
      {t("pass.endsIn")}{" "}
      <span role="timer" aria-label={t("pass.timerLabel")} className="font-mono font-semibold tabular-nums">
        {formatCountdown(leftMs)}
      </span>
    </p>
  );
}
