"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";
import { useNow } from "./hooks/use-now";
import { useReservations } from "./hooks/use-reservations";

const SEEN_KEY = "sp_seen_refunds";
/** Refunds older than this are history (My bookings, the wallet), not news. */
const NEWS_MS = 30 * 24 * 3600_000;

const CHANGED = "sp-seen-refunds";
function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function parseSeen(json: string): Set<string> {
  try {
    const raw: unknown = JSON.parse(json);
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

/**
 * Tells the fan, on whatever page they open next, that staff refunded a
 * ticket of theirs (a fan who cancels is told on the spot): which concert and
 * seat, how much went back to the wallet, and where to read more. Dismissed
 * refunds are remembered in this browser.
 */
export function RefundNotice() {
  const t = useTranslations("refunds");
  const locale = useLocale();
  const format = useFormat();
  const { data } = useReservations("CANCELLED", { refetchMs: 60_000 });
  const now = useNow(60_000);
  // null on the server and while hydrating: only this browser knows what it has seen.
  const stored = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(SEEN_KEY) ?? "[]",
    () => null,
  );
  if (stored === null || !data) return null;
  const seen = parseSeen(stored);
  const news = data.items.filter((r) => r.refund?.by === "STAFF" && !seen.has(r.id) && now - Date.parse(r.refund.refundedAt) < NEWS_MS);
  if (news.length === 0) return null;

  function dismiss() {
    localStorage.setItem(SEEN_KEY, JSON.stringify([...new Set([...seen, ...news.map((r) => r.id)])]));
    window.dispatchEvent(new Event(CHANGED));
  }

  return (
    <div role="status" className="bg-amber-100 text-amber-950 print:hidden" data-testid="refund-notice">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <ul>
          {news.map((r) => (
            <li key={r.id}>
              {t("line", { title: concertTitleIn(locale, r), label: r.seat.label, amount: format.money(r.refund?.amount ?? 0) })}
            </li>
          ))}
        </ul>
        <div className="flex shrink-0 items-center gap-2">
          <Link href="/bookings?status=CANCELLED" onClick={dismiss} className="rounded-md px-2 py-1 font-semibold underline">
            {t("details")}
          </Link>
          <button type="button" className="rounded-md px-2 py-1 font-semibold underline" onClick={dismiss}>
            {t("dismiss")}
          </button>
        </div>
      </div>
    </div>
  );
}
