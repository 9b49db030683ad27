"use client";

import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useState } from "react";
import { VenueTime, useVenueDate } from "@/components/ui/venue-time";
import type { Occupancy, OccupancySeat } from "@/lib/validations/admin";
import { cn } from "../ui/cn";
import { SeatDetail } from "./seat-detail";
import { useOccupancy } from "./use-occupancy";

const TONE: Record<OccupancySeat["status"], string> = {
  AVAILABLE: "bg-white border-slate-300 text-slate-700",
  HELD: "bg-amber-200 border-amber-400 text-amber-950",
  // green-600 under white text was 3.21:1; green-700 passes AA (4.5:1).
  SOLD: "bg-green-700 border-green-800 text-white",
};

/** Groups "A-1", "A-2"… into rows by the label's prefix, stage side first. */
function rowsOf(seats: OccupancySeat[]): [string, OccupancySeat[]][] {
  const rows = new Map<string, OccupancySeat[]>();
  for (const s of seats) {
    const row = s.label.split("-")[0] ?? "";
    rows.set(row, [...(rows.get(row) ?? []), s]);
  }
  return [...rows.entries()];
}

/** The staff seat map of one date: live, every seat clickable for who/until/paid. */
export function SeatMap({ initial }: { initial: Occupancy }) {
  const t = useTranslations("staff.occupancy");
  const locale = useLocale();
  const ts = useTranslations("staff.status");
  const venueDate = useVenueDate();
  const { data, isError } = useOccupancy(initial.scheduleId, initial);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = data.seats.find((s) => s.id === selectedId) ?? null;
  const when = `${concertTitleIn(locale, data)}, ${venueDate(data.startsAt, "full", data.timeZone)}`;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-3">
        <p className="text-sm" aria-live="polite">
          {t.rich("counts", { ...data.counts, b: (chunks) => <strong>{chunks}</strong> })}
          {isError && <span className="ml-2 text-red-700">{t("refreshFailed")}</span>}
        </p>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="mb-3 rounded bg-slate-800 py-1 text-center text-xs font-semibold uppercase tracking-widest text-white">
            {t("stage")}
          </p>
          <div role="group" aria-label={t("map", { when })} className="space-y-1.5">
            {rowsOf(data.seats).map(([row, seats]) => (
              <div role="group" aria-label={t("row", { row })} key={row} className="flex items-center gap-1.5">
                <span aria-hidden="true" className="w-5 text-xs font-semibold text-slate-500">
                  {row}
                </span>
                {seats.map((s) => (
                  <button
                    key={s.id}
                    type="button"
                    onClick={() => setSelectedId(s.id)}
                    aria-pressed={s.id === selectedId}
                    aria-label={t("seat", { label: s.label, number: s.number, status: ts(s.status), user: s.user?.name ?? "none" })}
                    title={`${s.label}${s.user ? ` — ${s.user.email}` : ""}`}
                    className={cn(
                      "h-9 w-10 rounded border text-[10px] font-semibold tabular-nums",
                      TONE[s.status],
                      s.id === selectedId && "ring-2 ring-brand-500 ring-offset-1",
                    )}
                  >
                    {/* The label fans see on their map (A-1…E-10), not the internal seat number. */}
                    {s.label}
                  </button>
                ))}
              </div>
            ))}
          </div>
          <ul className="mt-3 flex gap-4 text-xs text-slate-600" aria-label={t("legend")}>
            {(Object.keys(TONE) as OccupancySeat["status"][]).map((st) => (
              <li key={st} className="flex items-center gap-1">
                <span className={`inline-block h-3 w-3 rounded border ${TONE[st]}`} /> {ts(st)}
              </li>
            ))}
          </ul>
        </div>
        <OccupiedTable seats={data.seats} when={when} timeZone={data.timeZone} />
      </div>
      <div>
        {selected ? (
          <SeatDetail seat={selected} when={when} timeZone={data.timeZone} />
        ) : (
          <p className="text-sm text-slate-500">{t("choose")}</p>
        )}
      </div>
    </div>
  );
}

function OccupiedTable({ seats, when, timeZone }: { seats: OccupancySeat[]; when: string; timeZone: string }) {
  const t = useTranslations("staff.occupancy");
  const ts = useTranslations("staff.status");
  const taken = seats.filter((s) => s.status !== "AVAILABLE");
  return (
    <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
      <caption className="px-3 py-2 text-left text-slate-600">{t("taken", { when })}</caption>
      <thead className="bg-slate-50 text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.seat")}
          </th>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.status")}
          </th>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.fan")}
          </th>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.until")}
          </th>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.paid")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {taken.map((s) => (
          <tr key={s.id}>
            <td className="px-3 py-1.5">{s.label}</td>
            <td className="px-3 py-1.5">{ts(s.status)}</td>
            <td className="px-3 py-1.5">{s.user ? `${s.user.name} (${s.user.email})` : "—"}</td>
            <td className="px-3 py-1.5">{s.status === "HELD" && s.heldUntil ? <VenueTime iso={s.heldUntil} zone={timeZone} /> : "—"}</td>
            <td className="px-3 py-1.5">{s.paidAmount !== null ? t("yes") : t("no")}</td>
          </tr>
        ))}
        {taken.length === 0 && (
          <tr>
            <td colSpan={5} className="px-3 py-3 text-center text-slate-500">
              {t("allOnSale")}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
