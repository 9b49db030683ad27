/**
 * What a fan reads for each error code of the contract. The UI branches on
 * `code`, never on the server's `detail`.
 */
import type { ErrorCode } from "../errors";

export const ERROR_MESSAGES: Record<ErrorCode | "INTERNAL" | "NETWORK", string> = {
  VALIDATION_FAILED: "Some details are not valid. Check the highlighted fields and try again.",
  UNAUTHENTICATED: "Your session has ended. Sign in again to continue.",
  FORBIDDEN: "You are not allowed to do that.",
  NOT_FOUND: "We could not find that. It may have been removed, or it belongs to another account.",
  EMAIL_TAKEN: "An account with this email already exists. Sign in instead, or use another email.",
  QUEUE_TOKEN_MISSING: "You need a place in the queue first. Join the queue for this concert.",
  QUEUE_TOKEN_INVALID: "Your queue pass is not valid for this account. Join the queue again.",
  QUEUE_TOKEN_EXPIRED: "Your queue pass has expired (it times out when idle, after a payment, or when you leave). Join the queue again.",
  QUEUE_TOKEN_NOT_ACTIVE: "It is not your turn yet. Stay in the waiting room; we will let you in automatically.",
  QUEUE_TOKEN_WRONG_CONCERT: "Your queue pass is for a different concert. Join the queue for this one.",
  SEAT_UNAVAILABLE: "Someone else just took that seat. Please pick another one.",
  HOLD_LIMIT_REACHED: "You are already holding the maximum number of seats for this date. Pay for or release one first.",
  RESERVATION_EXPIRED: "Your hold ran out of time and the seat was released. Pick a seat again.",
  RESERVATION_NOT_HELD: "This booking is no longer on hold: it was already paid, released or expired.",
  RESERVATION_NOT_CONFIRMED: "This booking is not confirmed.",
  INSUFFICIENT_BALANCE: "Your balance is lower than the price. Top up below; your seat stays held.",
  INVALID_AMOUNT: "Top-ups must be between ₩1,000 and ₩1,000,000, and your balance cannot exceed ₩10,000,000.",
  IDEMPOTENCY_KEY_REUSED: "This request clashed with an earlier one. Please try again.",
  RATE_LIMITED: "Too many requests right now. Wait a moment and try again.",
  SERVICE_BUSY: "StagePass is very busy right now. Nothing was changed; please try again in a few seconds.",
  INTERNAL: "Something went wrong on our side. Please try again.",
  NETWORK: "We could not reach StagePass. Check your connection and try again.",
};

export type UiErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * The fan-facing message for a code. When the server sent Retry-After (429
 * RATE_LIMITED, 503 SERVICE_BUSY) the message says how long to wait.
 */
export function messageFor(code: string | undefined, retryAfterSeconds?: number): string {
  const lead = code && retryAfterSeconds ? RETRY_LEADS[code] : undefined;
  if (lead && retryAfterSeconds) return `${lead} Please try again in ${formatRetryAfter(retryAfterSeconds)}.`;
  return (code && code in ERROR_MESSAGES ? ERROR_MESSAGES[code as UiErrorCode] : undefined) ?? ERROR_MESSAGES.INTERNAL;
}

/** The codes that come with Retry-After, phrased so the wait can follow. */
const RETRY_LEADS: Partial<Record<string, string>> = {
  RATE_LIMITED: "Too many requests right now.",
  SERVICE_BUSY: "StagePass is very busy right now. Nothing was changed.",
};

/** "5 seconds", "2 minutes": how long Retry-After asks the fan to wait. */
export function formatRetryAfter(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  return `${m} minutes`;
}
