"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { receiptSchema } from "@/lib/validations/payments";
import { listOf } from "@/lib/validations/common";
import { queryKeys } from "./query-keys";

const listSchema = listOf(receiptSchema);

export function usePayments() {
  return useQuery({
    queryKey: queryKeys.payments,
    queryFn: ({ signal }) => apiGet("/api/v1/payments", listSchema, signal),
  });
}
