"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isApiError } from "@/lib/ui/api-client";
import { useFormat } from "@/lib/format/use-format";
import type { QueueTokenView } from "@/lib/validations/queue";
import { counterEstimate, counterReached, statusPollMs, wantsStream } from "@/lib/ui/counter-estimate";
import { useNow } from "../hooks/use-now";
import { useQueueStatus } from "../hooks/use-queue-status";
import { useQueueStream } from "../hooks/use-queue-stream";
import { useQueueToken } from "../hooks/use-queue-token";
import { Alert } from "../ui/alert";
import { Card } from "../ui/card";
import { Spinner } from "../ui/spinner";
import { JoinQueueButton } from "./join-queue-button";
import { LeaveQueueButton } from "./leave-queue-button";
import { PreQueueCard } from "./pre-queue-card";

/**
 * The live waiting room. Follows the public serving counter (pushed to the
 * first 1,000 in line, polled behind them) against the fan's issue number
 * ("about N ahead"), asks for its own token only when
 * near the front (else every 30 s), says so honestly when the line is
 * stalled or paused by staff, and moves on to the seat map by itself the
 * moment the fan is admitted.
 */
export function WaitingRoom({
  initial,
  concertId,
  concertTitle,
  nextHref,
  scheduleId,
}: {
  initial: QueueTokenView;
  concertId: string;
  concertTitle: string;
  nextHref: string;
  scheduleId?: string;
}) {
  const t = useTranslations("queue");
  const format = useFormat();
  const router = useRouter();
  const tOpening = useTranslations("opening.live");
  const now = useNow();
  const [near, setNear] = useState(true);
  const { data = initial, error, refetch } = useQueueToken(initial, near);
  const streaming = useQueueStream(concertId, wantsStream(data));
  const { status: counter, lastMovedAt } = useQueueStatus(concertId, statusPollMs(data.position, streaming));
  const estimate = counterEstimate(data, counter, lastMovedAt, now);
  if (estimate.near !== near) setNear(estimate.near);
  const reached = counterReached(data, counter);
  useEffect(() => {
    // The counter passed the fan's number: ask for the token now (it claims the admission).
    if (reached) void refetch();
  }, [reached, refetch]);
  const [startPosition] = useState(Math.max(1, initial.position));
  const admitted = data.status === "ACTIVE";

  useEffect(() => {
    if (admitted) router.replace(nextHref);
  }, [admitted, nextHref, router]);

  const tokenGone = isApiError(error) && (error.code === "NOT_FOUND" || error.code === "QUEUE_TOKEN_INVALID");
  if (data.status === "EXPIRED" || tokenGone) {
    return (
      <Card className="text-center" data-testid="queue-expired">
        <h2 className="text-xl font-bold">{t("expiredTitle")}</h2>
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{t("expiredBody")}</p>
        <div className="mt-6 flex justify-center">
          <JoinQueueButton concertId={concertId} scheduleId={scheduleId} label={t("joinAgain")} />
        </div>
      </Card>
    );
  }

  if (data.preQueue) {
    return (
      <PreQueueCard concertId={concertId} concertTitle={concertTitle} size={data.preQueue.size} salesOpenAt={data.preQueue.salesOpenAt} />
    );
  }

  const ahead = admitted ? 0 : estimate.ahead;
  // Share of the line that was ahead when the page opened and has since gone
  // in: a fan who opened it at number 1 has not moved yet (a sliver, not 99%).
  const progress = admitted ? 100 : Math.min(99, Math.max(2, Math.round(((startPosition - data.position) / startPosition) * 100)));
  const status = admitted
    ? t("admittedStatus")
    : t("waitingStatus", { position: format.number(data.position), ahead, wait: format.wait(estimate.waitSeconds) });

  return (
    <Card className="overflow-hidden p-0! sm:p-0!" data-testid="waiting-room">
      <div className="bg-gradient-to-br from-slate-900 to-brand-700 px-6 py-8 text-center text-white sm:py-10">
        <p className="text-sm font-medium text-white/70">{concertTitle}</p>
        <p className="mt-4 text-sm font-medium uppercase tracking-widest text-white/70">{admitted ? t("youAreIn") : t("yourPlace")}</p>
        <p className="mt-1 text-6xl font-bold tabular-nums tracking-tight sm:text-7xl" data-testid="queue-position">
          {admitted ? "✓" : format.number(data.position)}
        </p>
        <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="queue-status">
          {status}
        </p>
      </div>
      <div className="space-y-5 p-6">
        <div>
          <div className="flex justify-between text-sm">
            <span className="font-medium text-slate-800">{admitted ? t("admitted") : t("moving")}</span>
            <span className="tabular-nums text-slate-600">{progress}%</span>
          </div>
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            className="mt-2 h-3 overflow-hidden rounded-full bg-slate-100"
          >
            <div className="h-full rounded-full bg-brand-600 transition-[width] duration-700" style={{ width: `${progress}%` }} />
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-3 text-center">
          <div className="rounded-xl bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{t("ahead")}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid="queue-ahead">
              {admitted ? 0 : format.number(ahead)}
            </dd>
          </div>
          <div className="rounded-xl bg-slate-50 p-3">
            <dt className="text-xs font-medium text-slate-500">{t("wait")}</dt>
            <dd className="mt-1 text-xl font-semibold" data-testid="queue-wait">
              {admitted
                ? t("now")
                : estimate.stalled
                  ? tOpening("atLeast", { wait: format.wait(estimate.waitSeconds) })
                  : format.wait(estimate.waitSeconds)}
            </dd>
          </div>
        </dl>
        {!admitted && estimate.paused ? (
          <div data-testid="queue-paused">
            <Alert tone="warning">{tOpening("paused")}</Alert>
          </div>
        ) : null}
        {!admitted && estimate.stalled ? (
          <div data-testid="queue-stalled">
            <Alert tone="info">{tOpening("stalled")}</Alert>
          </div>
        ) : null}
        {error && !tokenGone ? (
          <Alert tone="warning">
            {isApiError(error) ? error.message : t("lostContact")} {t("placeKept")}
          </Alert>
        ) : null}
        <div className="flex items-start gap-3 rounded-xl bg-brand-50 p-4 text-sm text-brand-700">
          <Spinner className="mt-0.5 size-4 shrink-0" />
          <p>{admitted ? t("opening") : t("polling", { seconds: data.pollAfterSeconds })}</p>
        </div>
        <div className="flex justify-end">
          <LeaveQueueButton concertId={concertId} />
        </div>
      </div>
    </Card>
  );
}
