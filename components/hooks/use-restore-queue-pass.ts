"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { restoreQueuePassAction } from "@/lib/actions/queue";

/**
 * When a read says QUEUE_TOKEN_MISSING, this browser has no queue cookie for
 * the concert: asks the server once for the fan's live token (joined on
 * another device), which the action writes into this browser's cookie, then
 * re-runs the queries under `queryKey`. `pending` is true until it has
 * answered, so the page does not flash "join the queue" first.
 */
export function useRestoreQueuePass(concertId: string, missing: boolean, queryKey: readonly unknown[]): { pending: boolean } {
  const client = useQueryClient();
  const started = useRef(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!missing || started.current) return;
    started.current = true;
    const ask = async () => {
      // A failed ask leaves the read's own error on screen: the "join the queue" card, which is the truth then.
      const result = await restoreQueuePassAction(concertId).catch(() => null);
      if (result?.ok && result.data.restored) await client.invalidateQueries({ queryKey });
      setDone(true);
    };
    void ask();
  }, [missing, concertId, client, queryKey]);
  return { pending: missing && !done };
}
