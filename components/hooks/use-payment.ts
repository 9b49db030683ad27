"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { receiptSchema } from "@/lib/validations/payments";
import { queryKeys } from "./query-keys";

export function usePayment(id: string) {
  return useQuery({
    queryKey: queryKeys.payment(id),
    queryFn: ({ signal }) => apiGet(`/api/v1/payments/${encodeURIComponent(id)}`, receiptSchema, signal),
    staleTime: Infinity,
  });
}
