"use client";

import type { Stats } from "@/lib/validations/admin";
import { formatTime } from "./format";
import { StatCards } from "./stat-cards";
import { useStats } from "./use-stats";

export function LiveStats({ concertId, initial }: { concertId?: string; initial: Stats }) {
  const { data, isError, dataUpdatedAt, isFetchedAfterMount } = useStats(concertId, initial);
  return (
    <section aria-label="Live numbers" className="space-y-1">
      <StatCards stats={data} />
      <p className="text-xs text-slate-500" aria-live="polite">
        {isError
          ? "Could not refresh; showing the last numbers."
          : `${isFetchedAfterMount ? `Updated ${formatTime(dataUpdatedAt)} KST` : "Live"} · refreshes every 5 s`}
      </p>
    </section>
  );
}
