"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { reservationSchema, type ReservationView } from "@/lib/validations/reservations";
import { queryKeys } from "./query-keys";

export function useReservation(id: string, initialData?: ReservationView) {
  return useQuery({
    queryKey: queryKeys.reservation(id),
    queryFn: ({ signal }) => apiGet(`/api/v1/reservations/${encodeURIComponent(id)}`, reservationSchema, signal),
    initialData,
    refetchInterval: 15_000,
  });
}
