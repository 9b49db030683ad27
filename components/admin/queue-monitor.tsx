"use client";

import { useTranslations } from "next-intl";
import { ScrollRegion } from "../ui/scroll-region";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { useFormat } from "@/lib/format/use-format";
import type { QueueMonitor as QueueMonitorData } from "@/lib/validations/admin";
import { useQueueMonitor } from "./use-queue-monitor";

/** Live queue numbers per concert. */
export function QueueMonitor({ initial }: { initial: QueueMonitorData }) {
  const t = useTranslations("staff.queue");
  const format = useFormat();
  const { data, isError } = useQueueMonitor(initial);
  return (
    <div className="space-y-2">
      <ScrollRegion label={t("caption")} className="rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="px-3 py-2 text-left text-slate-600">{t("caption")}</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("cols.concert")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.waiting")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.active")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.rate")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.claims")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.oldest")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("cols.clears")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.concerts.map((c) => {
              const clears = c.admissionPerMinute > 0 ? Math.round((c.waiting / c.admissionPerMinute) * 60) : null;
              return (
                <tr key={c.concertId}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {c.title}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(c.waiting)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(c.active)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.admissionPerMinute}</td>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="queue-claims">
                    {c.claimed} / {c.lapsed}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.duration(c.oldestWaitingSeconds)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {c.waiting === 0 ? "—" : clears === null ? t("stalled") : format.duration(clears)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="text-xs text-slate-500" aria-live="polite">
        {isError ? t("refreshFailed") : t("asOf", { time: format.date(data.generatedAt, "seconds"), zone: format.zone(DEFAULT_TIME_ZONE) })}
      </p>
    </div>
  );
}
