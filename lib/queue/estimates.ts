/**
 * Pure estimates for the waiting room: how long a fan will wait and when the
 * client should ask again.
 */

/** Admissions per second over the state's window, or null while too little was seen. */
export function observedRate(state: { admittedSeq: number; rateBaseSeq: number; rateSince: Date }, now: Date): number | null {
  const seconds = (now.getTime() - state.rateSince.getTime()) / 1000;
  const admitted = state.admittedSeq - state.rateBaseSeq;
  if (seconds < 10 || admitted <= 0) return null;
  return admitted / seconds;
}

/**
 * Seconds until a fan at `position` is admitted. Without an observed rate,
 * assume each ACTIVE slot turns over once per TTL (the slowest it can be).
 */
export function estimateWaitSeconds(
  position: number,
  rate: number | null,
  settings: { activeLimit: number; activeTtlSeconds: number },
): number {
  if (position <= 0) return 0;
  const perSecond = rate ?? settings.activeLimit / settings.activeTtlSeconds;
  return Math.max(1, Math.ceil(position / perSecond));
}

/**
 * When to poll again: every 2 s near the front, growing with the position up
 * to 30 s, so 10,000 waiting fans make a few hundred requests a second, not
 * ten thousand.
 */
export function pollAfterSeconds(position: number, status: "WAITING" | "ACTIVE" | "EXPIRED"): number {
  if (status !== "WAITING") return status === "ACTIVE" ? 15 : 30;
  return Math.min(30, Math.max(2, 1 + Math.floor(position / 50)));
}
