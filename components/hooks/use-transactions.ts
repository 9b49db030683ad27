"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { listOf } from "@/lib/validations/common";
import { walletTransactionSchema } from "@/lib/validations/wallet";
import { queryKeys } from "./query-keys";

const pageSchema = listOf(walletTransactionSchema);
export const TRANSACTIONS_PAGE_SIZE = 10;

/** The wallet ledger, newest first, one page of ten at a time. */
export function useTransactions() {
  return useInfiniteQuery({
    queryKey: queryKeys.transactions,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const q = new URLSearchParams({ limit: String(TRANSACTIONS_PAGE_SIZE) });
      if (pageParam) q.set("cursor", pageParam);
      return apiGet(`/api/v1/wallet/transactions?${q.toString()}`, pageSchema, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
