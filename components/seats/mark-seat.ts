import type { QueryClient } from "@tanstack/react-query";
import type { SeatMap, SeatView } from "@/lib/validations/catalogue";
import { queryKeys } from "../hooks/query-keys";

/**
 * Writes what a hold's answer says about one seat into the cached seat map,
 * so the map and its count change at once, for the winner (held by you) and
 * for the fan who lost the race (taken); the next read of the map confirms it.
 */
export function markSeat(client: QueryClient, scheduleId: string, seatId: string, state: Pick<SeatView, "status" | "heldByMe">): void {
  client.setQueryData<SeatMap>(queryKeys.seatMap(scheduleId), (map) =>
    map ? { ...map, seats: map.seats.map((s) => (s.id === seatId ? { ...s, ...state } : s)) } : map,
  );
}
