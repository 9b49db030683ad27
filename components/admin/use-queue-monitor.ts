"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { queueMonitorSchema, type QueueMonitor } from "@/lib/validations/admin";

/** The waiting rooms of every concert, refreshed every 3 seconds. */
export function useQueueMonitor(initialData: QueueMonitor) {
  return useQuery({
    queryKey: ["admin", "queue"],
    queryFn: ({ signal }) => apiGet("/api/v1/admin/queue", queueMonitorSchema, signal),
    initialData,
    refetchInterval: 3_000,
  });
}
