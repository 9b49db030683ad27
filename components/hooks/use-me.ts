"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { meSchema, type Me } from "@/lib/validations/accounts";
import { queryKeys } from "./query-keys";

/** The signed-in fan with their balance; seeded from the server render so the header never jumps. */
export function useMe(initialData?: Me) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => apiGet("/api/v1/me", meSchema, signal),
    initialData,
    staleTime: 15_000,
  });
}
