"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { statsSchema, type Stats } from "@/lib/validations/admin";

/** Headline numbers, refreshed every 5 seconds. */
export function useStats(concertId: string | undefined, initialData: Stats) {
  const qs = concertId ? `?concertId=${encodeURIComponent(concertId)}` : "";
  return useQuery({
    queryKey: ["admin", "stats", concertId ?? null],
    queryFn: ({ signal }) => apiGet(`/api/v1/admin/stats${qs}`, statsSchema, signal),
    initialData,
    refetchInterval: 5_000,
  });
}
