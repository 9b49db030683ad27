import { formatCountdown } from "./format";

/** Spoken at these many seconds left; the visible timers themselves stay quiet. */
const ANNOUNCE_AT = new Set([240, 180, 120, 60, 30, 10]);

/** What a polite live region says about a hold with `leftMs` to go ("" between milestones). */
export function holdAnnouncement(leftMs: number, seatLabel: string): string {
  return ANNOUNCE_AT.has(Math.ceil(leftMs / 1000)) ? `${formatCountdown(leftMs)} left to pay for seat ${seatLabel}` : "";
}
