"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { queueStatusSchema } from "@/lib/validations/queue";
import { queryKeys } from "./query-keys";

/**
 * The pushed serving counter (GET /api/v1/queue/concerts/{id}/events): each
 * event replaces the polled counter in the query cache, so the waiting room
 * learns of its admission within a moment of the slot freeing. Returns
 * whether the stream is live; while it is not (never opened, dropped,
 * refused because the server is full), the page polls as before. The browser
 * reconnects a dropped stream by itself.
 */
export function useQueueStream(concertId: string, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/v1/queue/concerts/${encodeURIComponent(concertId)}/events`);
    const onStatus = (event: MessageEvent<string>) => {
      let parsed;
      try {
        parsed = queueStatusSchema.safeParse(JSON.parse(event.data));
      } catch {
        return;
      }
      if (!parsed.success) return;
      queryClient.setQueryData(queryKeys.queueStatus(concertId), parsed.data);
      setLive(true);
    };
    const onError = () => setLive(false);
    source.addEventListener("status", onStatus);
    source.addEventListener("error", onError);
    return () => {
      source.close();
      setLive(false);
    };
  }, [concertId, enabled, queryClient]);
  return live;
}
