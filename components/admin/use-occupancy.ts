"use client";

import { useQuery } from "@tanstack/react-query";
import type { Occupancy } from "@/lib/validations/admin";
import { fetchJson } from "./fetch-json";

/** One date's staff seat map, refreshed every 5 seconds. */
export function useOccupancy(scheduleId: string, initialData: Occupancy) {
  return useQuery({
    queryKey: ["admin", "occupancy", scheduleId],
    queryFn: () => fetchJson<Occupancy>(`/api/v1/admin/schedules/${encodeURIComponent(scheduleId)}/occupancy`),
    initialData,
    refetchInterval: 5_000,
  });
}
