"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { occupancySchema, type Occupancy } from "@/lib/validations/admin";

/** One date's staff seat map, refreshed every 5 seconds. */
export function useOccupancy(scheduleId: string, initialData: Occupancy) {
  return useQuery({
    queryKey: ["admin", "occupancy", scheduleId],
    queryFn: ({ signal }) => apiGet(`/api/v1/admin/schedules/${encodeURIComponent(scheduleId)}/occupancy`, occupancySchema, signal),
    initialData,
    refetchInterval: 5_000,
  });
}
