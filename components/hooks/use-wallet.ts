"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { walletSchema } from "@/lib/validations/wallet";
import { queryKeys } from "./query-keys";

export function useWallet(initialBalance?: number) {
  return useQuery({
    queryKey: queryKeys.wallet,
    queryFn: ({ signal }) => apiGet("/api/v1/wallet", walletSchema, signal),
    initialData: initialBalance === undefined ? undefined : { balance: initialBalance, currency: "KRW" as const },
  });
}
