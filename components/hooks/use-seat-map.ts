"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { seatMapSchema } from "@/lib/validations/catalogue";
import { queryKeys } from "./query-keys";

/** Live seat map: refreshed every few seconds so seats others take change without a reload. */
export const SEAT_MAP_REFRESH_MS = 4_000;

export function useSeatMap(scheduleId: string) {
  return useQuery({
    queryKey: queryKeys.seatMap(scheduleId),
    queryFn: ({ signal }) => apiGet(`/api/v1/schedules/${encodeURIComponent(scheduleId)}/seats`, seatMapSchema, signal),
    refetchInterval: (query) => (query.state.error ? false : SEAT_MAP_REFRESH_MS),
    placeholderData: (prev) => prev,
  });
}
