"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiGet } from "@/lib/ui/api-client";
import { queueStatusSchema } from "@/lib/validations/queue";
import { queryKeys } from "./query-keys";

/** The public counter is the same for every fan and cacheable for a second: asking every few seconds costs the server little. */
const STATUS_POLL_MS = 3_000;

/**
 * The concert's public serving counter (GET /api/v1/queue/concerts/{id}/status),
 * with the time its `servingSeq` last moved as this page saw it, so the
 * waiting room can tell a slow line from a stalled one.
 */
export function useQueueStatus(concertId: string, enabled = true) {
  const query = useQuery({
    queryKey: queryKeys.queueStatus(concertId),
    queryFn: ({ signal }) => apiGet(`/api/v1/queue/concerts/${encodeURIComponent(concertId)}/status`, queueStatusSchema, signal),
    enabled,
    refetchInterval: STATUS_POLL_MS,
    refetchIntervalInBackground: true,
  });
  const [moved, setMoved] = useState<{ seq: number; at: number } | null>(null);
  const serving = query.data?.servingSeq;
  // Derived from the previous render's value (React's "storing information from previous renders").
  if (serving !== undefined && moved?.seq !== serving) setMoved({ seq: serving, at: Date.parse(query.data!.updatedAt) });
  return { status: query.data, lastMovedAt: moved?.at ?? null };
}
