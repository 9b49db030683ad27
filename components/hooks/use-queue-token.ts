"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet, isApiError } from "@/lib/ui/api-client";
import { tokenPollSeconds } from "@/lib/ui/counter-estimate";
import { queueTokenSchema, type QueueTokenView } from "@/lib/validations/queue";
import { queryKeys } from "./query-keys";

/**
 * A place in the waiting room. Near the front (`near`, judged from the
 * public counter) it is polled exactly as often as the server asks
 * (`pollAfterSeconds`); further back only every 30 s, as a safety net.
 * Stops polling once the token is EXPIRED. Every tab of the fan reads the same token.
 */
export function useQueueToken(initial: QueueTokenView, near = true) {
  return useQuery({
    queryKey: queryKeys.queueToken(initial.token),
    queryFn: ({ signal }) => apiGet(`/api/v1/queue/tokens/${encodeURIComponent(initial.token)}`, queueTokenSchema, signal),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => {
      const { data, error } = query.state;
      if (!data || data.status === "EXPIRED") return false;
      if (isApiError(error) && (error.code === "NOT_FOUND" || error.code === "QUEUE_TOKEN_INVALID")) return false;
      // A failed poll (offline, 429, 503) must not end the waiting room: keep
      // asking, no sooner than Retry-After when the server sent one.
      const seconds = error
        ? Math.max(data.pollAfterSeconds, 5, isApiError(error) ? (error.retryAfterSeconds ?? 0) : 0)
        : tokenPollSeconds(data, near);
      return Math.max(1, seconds) * 1000;
    },
    refetchIntervalInBackground: true,
  });
}
