/** Spoken at these many seconds left; the visible timers themselves stay quiet. */
const ANNOUNCE_AT = new Set([240, 180, 120, 60, 30, 10]);

/** Whether a polite live region should speak about a hold with `leftMs` to go (only at the milestones). */
export function shouldAnnounceHold(leftMs: number): boolean {
  return ANNOUNCE_AT.has(Math.ceil(leftMs / 1000));
}
