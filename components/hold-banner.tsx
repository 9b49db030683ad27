"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { formatCountdown } from "@/lib/format";
import type { ReservationView } from "@/lib/validations/reservations";
import { useReservations } from "./hooks/use-reservations";
import { HoldAnnouncement } from "./seats/hold-announcement";

/** The reservation whose checkout page is open ("/checkout/<id>", not its success page). */
function checkoutIdOf(pathname: string): string | null {
  return /^\/checkout\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}

/** The date whose seat map is open ("/concerts/<id>/dates/<scheduleId>"): its basket card has the timer. */
function seatMapDateOf(pathname: string): string | null {
  return /^\/concerts\/[^/]+\/dates\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}

/**
 * The hold countdown, on every page while the fan holds a seat. When a hold's
 * time runs out the fan is told plainly that the seat was released. On a
 * basket's checkout page, and on its date's seat map, the basket has the
 * timer (and says when it expires), so the banner leaves that date's holds
 * out: one clock per thing.
 */
export function HoldBanner() {
  const t = useTranslations("holds");
  const locale = useLocale();
  const client = useQueryClient();
  const { data } = useReservations("HELD", { refetchMs: 15_000 });
  const [now, setNow] = useState(() => Date.now());
  const [expired, setExpired] = useState<ReservationView[]>([]);
  const latest = useRef(data);
  const announced = useRef(new Set<string>());
  const pathname = usePathname();
  const onCheckout = checkoutIdOf(pathname);
  // The date whose holds another timer on this page already counts down.
  const shownDate = seatMapDateOf(pathname) ?? data?.items.find((r) => r.id === onCheckout)?.scheduleId ?? null;
  const checkoutId = useRef(onCheckout);

  useEffect(() => {
    latest.current = data;
  }, [data]);
  useEffect(() => {
    checkoutId.current = onCheckout;
  }, [onCheckout]);

  // One clock for the countdown and for noticing expiry. A hold still in the
  // latest list when its time passes has expired (paid or released ones leave the list).
  useEffect(() => {
    const tick = setInterval(() => {
      const t = Date.now();
      setNow(t);
      const gone = (latest.current?.items ?? []).filter((r) => r.heldUntil && Date.parse(r.heldUntil) <= t && !announced.current.has(r.id));
      if (gone.length === 0) return;
      for (const r of gone) announced.current.add(r.id);
      // The checkout page open for that hold already says it expired.
      const untold = gone.filter((r) => r.id !== checkoutId.current);
      if (untold.length > 0) setExpired((prev) => [...prev, ...untold]);
      void client.invalidateQueries({ queryKey: ["reservations"] });
      void client.invalidateQueries({ queryKey: ["seats"] });
    }, 1_000);
    return () => clearInterval(tick);
  }, [client]);

  const holds = (data?.items ?? [])
    .filter((r) => r.id !== onCheckout && r.scheduleId !== shownDate && r.heldUntil && Date.parse(r.heldUntil) > now)
    .sort((a, b) => Date.parse(a.heldUntil ?? "") - Date.parse(b.heldUntil ?? ""));

  const first = holds[0];
  if (!first && expired.length === 0) return null;
  const leftMs = first ? Date.parse(first.heldUntil ?? "") - now : 0;
  const leftS = Math.ceil(leftMs / 1000);
  const urgent = leftS <= 60;

  return (
    <div className="sticky top-16 z-30 print:hidden" data-testid="hold-banner">
      {first ? (
        <div className={urgent ? "on-dark bg-red-600 text-white" : "on-dark bg-slate-900 text-white"}>
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm sm:px-6">
            <p>
              {t.rich("banner", {
                label: first.seat.label,
                title: concertTitleIn(locale, first),
                more: holds.length - 1,
                b: (chunks) => <strong>{chunks}</strong>,
              })}
              <span
                role="timer"
                aria-label={t("timerLabel")}
                data-testid="hold-countdown"
                className="font-mono text-base font-bold tabular-nums"
              >
                {formatCountdown(leftMs)}
              </span>
            </p>
            <HoldAnnouncement leftMs={leftMs} seatLabel={first.seat.label} />
            <Link href={`/checkout/${first.id}`} className="rounded-md bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100">
              {t("payNow")}
            </Link>
          </div>
        </div>
      ) : null}
      {expired.length > 0 ? (
        <div role="alert" className="bg-amber-100 text-amber-950">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2 text-sm sm:px-6">
            <p>
              {t("expired", {
                seats: expired.map((r) => t("expiredSeat", { label: r.seat.label, title: concertTitleIn(locale, r) })).join(", "),
              })}
            </p>
            <button type="button" className="shrink-0 rounded-md px-2 py-1 font-semibold underline" onClick={() => setExpired([])}>
              {t("dismiss")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
