"use client";

import { useTranslations } from "next-intl";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { useFormat } from "@/lib/format/use-format";
import type { Stats } from "@/lib/validations/admin";
import { StatCards } from "./stat-cards";
import { useStats } from "./use-stats";

export function LiveStats({ concertId, initial }: { concertId?: string; initial: Stats }) {
  const t = useTranslations("staff.stats");
  const format = useFormat();
  const { data, isError, dataUpdatedAt, isFetchedAfterMount } = useStats(concertId, initial);
  const updated = t("updated", { time: format.date(dataUpdatedAt, "seconds"), zone: format.zone(DEFAULT_TIME_ZONE) });
  return (
    <section aria-label={t("live")} className="space-y-1">
      <StatCards stats={data} />
      <p className="text-xs text-slate-500" aria-live="polite">
        {isError ? t("refreshFailed") : t("every", { status: isFetchedAfterMount ? updated : t("liveLabel") })}
      </p>
    </section>
  );
}
