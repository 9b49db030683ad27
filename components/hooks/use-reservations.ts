"use client";

import { useQuery } from "@tanstack/react-query";
import { apiGet } from "@/lib/ui/api-client";
import { reservationSchema, type reservationStatusSchema } from "@/lib/validations/reservations";
import type { z } from "zod";

type ReservationStatus = z.infer<typeof reservationStatusSchema>;
import { listOf } from "@/lib/validations/common";
import { queryKeys } from "./query-keys";

const listSchema = listOf(reservationSchema);

/** The fan's bookings, optionally one status; `refetchMs` keeps hold timers honest. */
export function useReservations(
  status?: ReservationStatus,
  options: { refetchMs?: number; enabled?: boolean; initialData?: z.infer<typeof listSchema> } = {},
) {
  return useQuery({
    queryKey: queryKeys.reservations(status),
    queryFn: ({ signal }) => apiGet(`/api/v1/reservations${status ? `?status=${status}` : ""}`, listSchema, signal),
    refetchInterval: options.refetchMs ?? false,
    enabled: options.enabled ?? true,
    initialData: options.initialData,
  });
}
