"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { queueTokenSchema, type QueueTokenView } from "@/lib/validations/queue";
import { queryKeys } from "./query-keys";

/**
 * A place in the waiting room, polled exactly as often as the server asks
 * (`pollAfterSeconds`: rarely when far back, often near the front). Stops
 * polling once the token is EXPIRED. Every tab of the fan reads the same token.
 */
export function useQueueToken(initial: QueueTokenView) {
  return useQuery({
    queryKey: queryKeys.queueToken(initial.token),
    queryFn: ({ signal }) => apiGet(`/api/v1/queue/tokens/${encodeURIComponent(initial.token)}`, queueTokenSchema, signal),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (query.state.error || !data || data.status === "EXPIRED") return false;
      return Math.max(1, data.pollAfterSeconds) * 1000;
    },
    refetchIntervalInBackground: true,
  });
}
