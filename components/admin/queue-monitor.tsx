"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { VenueTime } from "@/components/ui/venue-time";
import { inLocale } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";
import type { QueueMonitor as QueueMonitorData } from "@/lib/validations/admin";
import { StaffTable } from "./staff-table";
import { useQueueMonitor } from "./use-queue-monitor";

/** Live queue numbers per concert. */
export function QueueMonitor({ initial }: { initial: QueueMonitorData }) {
  const t = useTranslations("staff.queue");
  const tc = useTranslations("queueControls");
  const format = useFormat();
  const locale = useLocale();
  const { data, isError } = useQueueMonitor(initial);
  return (
    <div className="space-y-2">
      <StaffTable
        caption={t("caption")}
        columns={[
          { label: t("cols.concert") },
          { label: t("cols.waiting"), numeric: true },
          { label: t("cols.active"), numeric: true },
          { label: t("cols.rate"), numeric: true },
          { label: t("cols.claims"), numeric: true },
          { label: t("cols.oldest"), numeric: true },
          { label: t("cols.clears"), numeric: true },
          { label: tc("opening") },
          { label: <span className="sr-only">{tc("controls")}</span> },
        ]}
      >
        {data.concerts.map((c) => {
          const clears = c.etaLastSeconds;
          return (
            <tr key={c.concertId}>
              <th scope="row" className="px-3 py-2 font-medium">
                {inLocale(locale, c.title, c.titleEn)}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(c.waiting)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(c.active)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{c.admissionPerMinute}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="queue-claims">
                {c.claimed} / {c.lapsed}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{format.duration(c.oldestWaitingSeconds)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {c.waiting === 0 ? "—" : c.paused ? tc("paused") : clears === null ? t("stalled") : format.duration(clears)}
              </td>
              <td className="px-3 py-2 text-xs text-slate-600" data-testid="queue-opening">
                {c.shuffledAt ? (
                  <>
                    <VenueTime iso={c.shuffledAt} style="seconds" zone={c.timeZone} /> · {format.number(c.preQueueSize)} ·{" "}
                    {c.shuffleSeed?.slice(0, 12)}…
                  </>
                ) : c.salesOpenAt ? (
                  <>
                    <VenueTime iso={c.salesOpenAt} style="short" zone={c.timeZone} /> · {format.number(c.preQueueSize)}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2">
                <Link href={`/admin/queue/${c.concertId}`} className="text-brand-700 underline">
                  {tc("controls")}
                </Link>
              </td>
            </tr>
          );
        })}
      </StaffTable>
      <p className="text-xs text-slate-500" aria-live="polite">
        {isError ? t("refreshFailed") : t("asOf", { time: format.date(data.generatedAt, "seconds"), zone: format.zone(DEFAULT_TIME_ZONE) })}
      </p>
    </div>
  );
}
