"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { holdSeatAction } from "@/lib/actions/holds";
import { isApiError } from "@/lib/ui/api-client";
import { useFormat } from "@/lib/format/use-format";
import type { SeatView } from "@/lib/validations/catalogue";
import { queryKeys } from "../hooks/query-keys";
import { useReservations } from "../hooks/use-reservations";
import { useRestoreQueuePass } from "../hooks/use-restore-queue-pass";
import { useSeatMap } from "../hooks/use-seat-map";
import { JoinQueueButton } from "../queue/join-queue-button";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { Skeleton } from "../ui/skeleton";
import { BasketCard, type BasketLimits } from "./basket-card";
import { markSeat } from "./mark-seat";
import { SeatGrid } from "./seat-grid";
import { SeatLegend } from "./seat-legend";

const QUEUE_CODES = new Set(["QUEUE_TOKEN_MISSING", "QUEUE_TOKEN_INVALID", "QUEUE_TOKEN_EXPIRED", "QUEUE_TOKEN_WRONG_CONCERT"]);

export function SeatMapView({ concertId, scheduleId, limits }: { concertId: string; scheduleId: string; limits: BasketLimits }) {
  const t = useTranslations("seats");
  const tb = useTranslations("basket");
  const format = useFormat();
  const client = useQueryClient();
  const map = useSeatMap(scheduleId);
  const held = useReservations("HELD", { refetchMs: 15_000 });
  const [pending, setPending] = useState<string | null>(null);
  // No queue cookie in this browser: the fan may have joined on another device.
  const missing = map.isError && isApiError(map.error) && map.error.code === "QUEUE_TOKEN_MISSING";
  const restoring = useRestoreQueuePass(concertId, missing, queryKeys.seatMap(scheduleId)).pending;
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string; code?: string } | null>(null);

  async function pick(seat: SeatView) {
    if (seat.heldByMe) {
      setNotice({
        tone: "success",
        text: tb("already", { label: seat.label }),
      });
      return;
    }
    setPending(seat.id);
    setNotice(null);
    // A map read already under way started before the hold; it must not paint over the hold's answer.
    await client.cancelQueries({ queryKey: queryKeys.seatMap(scheduleId) });
    try {
      const result = await holdSeatAction(seat.id, concertId);
      if (result.ok) {
        markSeat(client, scheduleId, seat.id, { status: "HELD", heldByMe: true });
        // The basket's own timer counts down; the notice names no time that would go stale.
        setNotice({ tone: "success", text: tb("added", { label: seat.label, price: format.money(seat.price) }) });
      } else {
        // Lost the race: someone else holds (or bought) it; the map says so now, not at its next refresh.
        if (result.code === "SEAT_UNAVAILABLE") markSeat(client, scheduleId, seat.id, { status: "HELD", heldByMe: false });
        setNotice({ tone: "danger", text: result.message, code: result.code });
      }
    } catch {
      setNotice({ tone: "danger", text: t("unreachable") });
    } finally {
      setPending(null);
      await Promise.all([
        client.invalidateQueries({ queryKey: ["seats", scheduleId] }),
        client.invalidateQueries({ queryKey: ["reservations"] }),
      ]);
    }
  }

  if (restoring) return <Skeleton className="mx-auto h-64 w-full" />;
  if (map.isError && isApiError(map.error) && (QUEUE_CODES.has(map.error.code) || map.error.code === "QUEUE_TOKEN_NOT_ACTIVE")) {
    const waiting = map.error.code === "QUEUE_TOKEN_NOT_ACTIVE";
    return (
      <Card className="text-center" data-testid="seat-map-locked">
        <h2 className="text-xl font-bold">{waiting ? t("notYourTurn") : t("needQueue")}</h2>
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{map.error.message}</p>
        <div className="mt-6 flex justify-center">
          {waiting ? (
            <ButtonLink href={`/concerts/${concertId}/queue?date=${scheduleId}`}>{t("backToWaiting")}</ButtonLink>
          ) : (
            <JoinQueueButton concertId={concertId} scheduleId={scheduleId} />
          )}
        </div>
      </Card>
    );
  }
  if (map.isError && !map.data) {
    return <Alert tone="danger">{isApiError(map.error) ? map.error.message : t("loadFailed")}</Alert>;
  }

  const seats = map.data?.seats ?? [];
  const tiers = [...new Map(seats.map((s) => [s.tier, s])).values()].map((s) => ({
    tier: s.tier,
    price: s.price,
    left: seats.filter((x) => x.tier === s.tier && x.status === "AVAILABLE").length,
  }));
  const myHolds = (held.data?.items ?? []).filter((r) => r.scheduleId === scheduleId);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <Card className="p-3 sm:p-6">
        <div className="mb-5 min-h-16">{map.data ? <SeatLegend tiers={tiers} /> : <Skeleton className="h-14 w-full" />}</div>
        {map.data ? (
          <SeatGrid seats={seats} pendingSeatId={pending} onPick={(s) => void pick(s)} />
        ) : (
          <Skeleton className="mx-auto h-64 w-full max-w-md" />
        )}
        <p className="mt-4 text-center text-xs text-slate-500" aria-live="off">
          {t("liveNote")}{" "}
          {map.data ? t("availableCount", { available: seats.filter((s) => s.status === "AVAILABLE").length, total: seats.length }) : ""}
        </p>
      </Card>
      <div className="space-y-4">
        <div aria-live="polite" data-testid="hold-notice">
          {notice ? (
            <Alert tone={notice.tone}>
              {notice.text}
              {notice.code && QUEUE_CODES.has(notice.code) ? (
                <Link href={`/concerts/${concertId}`} className="ml-1 font-semibold underline">
                  {t("backToConcert")}
                </Link>
              ) : null}
            </Alert>
          ) : null}
        </div>
        <BasketCard holds={myHolds} limits={limits} />
      </div>
    </div>
  );
}
