/**
 * A seat's state as fans see it. A HELD seat whose timer has run out is
 * AVAILABLE at once: expiry is a timestamp compared with now, not a job.
 */
export type SeatStatus = "AVAILABLE" | "HELD" | "SOLD";

export function effectiveSeatStatus(seat: { status: SeatStatus; heldUntil: Date | null }, now: Date): SeatStatus {
  if (seat.status === "HELD" && (!seat.heldUntil || seat.heldUntil <= now)) return "AVAILABLE";
  return seat.status;
}
