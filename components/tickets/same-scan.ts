/**
 * How long a code may go unread and still be the same scan. The camera reads
 * a ticket held up to it every ~0.5–1.5 s (a read, then the scan loop's pause,
 * and scales at which it does not decode), so a ticket that stays in view is
 * never sent twice; one shown again after a pause is, and the server answers
 * "already checked in".
 */
export const SAME_SCAN_MS = 3_000;

/**
 * A filter for the camera's reads: true when a read should be sent to the
 * server, false while it is the same code read again within `windowMs` of its
 * previous read. The window counts from the last read, not the first: a ticket
 * held in front of the camera for ten seconds is one scan ("Admitted" stays on
 * screen), not one every three seconds.
 */
export function sameScanFilter(windowMs = SAME_SCAN_MS): (code: string, now: number) => boolean {
  let last: { code: string; at: number } | null = null;
  return (code, now) => {
    const repeat = last !== null && last.code === code && now - last.at < windowMs;
    last = { code, at: now };
    return !repeat;
  };
}
