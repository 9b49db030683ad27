"use client";

import { useQuery } from "@tanstack/react-query";
import type { QueueMonitor } from "@/lib/validations/admin";
import { fetchJson } from "./fetch-json";

/** The waiting rooms of every concert, refreshed every 3 seconds. */
export function useQueueMonitor(initialData: QueueMonitor) {
  return useQuery({
    queryKey: ["admin", "queue"],
    queryFn: () => fetchJson<QueueMonitor>("/api/v1/admin/queue"),
    initialData,
    refetchInterval: 3_000,
  });
}
