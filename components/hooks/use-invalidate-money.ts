"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { queryKeys } from "./query-keys";

/** After money moves: the header balance, the wallet and its ledger refetch. */
export function useInvalidateMoney() {
  const client = useQueryClient();
  return useCallback(
    (balance?: number) => {
      if (balance !== undefined) {
        client.setQueryData(queryKeys.wallet, { balance, currency: "KRW" as const });
        client.setQueryData(queryKeys.me, (me: { balance: number } | undefined) => (me ? { ...me, balance } : me));
      }
      void client.invalidateQueries({ queryKey: queryKeys.me });
      void client.invalidateQueries({ queryKey: ["wallet"] });
    },
    [client],
  );
}
