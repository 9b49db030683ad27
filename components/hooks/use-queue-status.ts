"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiGet } from "@/lib/ui/api-client";
import { queueStatusSchema } from "@/lib/validations/queue";
import { queryKeys } from "./query-keys";

/**
 * The concert's public serving counter (GET /api/v1/queue/concerts/{id}/status),
 * with the time its `servingSeq` last moved as this page saw it, so the
 * waiting room can tell a slow line from a stalled one.
 */
export function useQueueStatus(concertId: string, pollMs: number, enabled = true) {
  const query = useQuery({
    queryKey: queryKeys.queueStatus(concertId),
    queryFn: ({ signal }) => apiGet(`/api/v1/queue/concerts/${encodeURIComponent(concertId)}/status`, queueStatusSchema, signal),
    enabled,
    // The counter is the same for every fan and cacheable for a second: reads cost the origin little.
    refetchInterval: pollMs,
    refetchIntervalInBackground: true,
  });
  const [moved, setMoved] = useState<{ seq: number; at: number } | null>(null);
  const serving = query.data?.servingSeq;
  // Derived from the previous render's value (React's "storing information from previous renders").
  if (serving !== undefined && moved?.seq !== serving) setMoved({ seq: serving, at: Date.parse(query.data!.updatedAt) });
  return { status: query.data, lastMovedAt: moved?.at ?? null };
}
