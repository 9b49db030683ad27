import "server-only";
import { onChange } from "../cache/changes";
import { TtlCache } from "../cache/ttl-cache";
import { getDb } from "../db";

/**
 * A date's seat rows as stored, shared by every seat-map read of this process
 * for SEATS_TTL_MS. What a fan sees is still computed per request (a hold
 * past its deadline is AVAILABLE at that instant; heldByMe is per fan), and
 * this process forgets a date as soon as it changes one of its seats; other
 * instances' changes show within the TTL. Holds and payments never read it.
 */
export interface ScheduleSeats {
  id: string;
  concertId: string;
  startsAt: Date;
  seats: {
    id: string;
    number: number;
    label: string;
    tier: string;
    price: number;
    status: "AVAILABLE" | "HELD" | "SOLD";
    holderId: string | null;
    heldUntil: Date | null;
  }[];
}

const SEATS_TTL_MS = 500;
const cache = new TtlCache<ScheduleSeats | null>(SEATS_TTL_MS);

export function scheduleSeats(scheduleId: string): Promise<ScheduleSeats | null> {
  return cache.get(scheduleId, () =>
    getDb().schedule.findUnique({
      where: { id: scheduleId },
      select: {
        id: true,
        concertId: true,
        startsAt: true,
        seats: {
          orderBy: { number: "asc" },
          select: { id: true, number: true, label: true, tier: true, price: true, status: true, holderId: true, heldUntil: true },
        },
      },
    }),
  );
}

onChange("seats", (scheduleId) => (scheduleId ? cache.delete(scheduleId) : cache.clear()));
