"use client";

import { useQuery } from "@tanstack/react-query";
import type { Stats } from "@/lib/validations/admin";
import { fetchJson } from "./fetch-json";

/** Headline numbers, refreshed every 5 seconds. */
export function useStats(concertId: string | undefined, initialData: Stats) {
  const qs = concertId ? `?concertId=${encodeURIComponent(concertId)}` : "";
  return useQuery({
    queryKey: ["admin", "stats", concertId ?? null],
    queryFn: () => fetchJson<Stats>(`/api/v1/admin/stats${qs}`),
    initialData,
    refetchInterval: 5_000,
  });
}
