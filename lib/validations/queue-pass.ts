/** Where a fan stands in a concert's queue, as a page needs it: admitted, still waiting, or no live place. */
export type QueuePass = "ACTIVE" | "WAITING" | "NONE";

/** The contract codes that mean "go to the queue first" (not the fan's fault, not the seat's). */
export const QUEUE_PASS_CODES = new Set([
  "QUEUE_TOKEN_MISSING",
  "QUEUE_TOKEN_INVALID",
  "QUEUE_TOKEN_EXPIRED",
  "QUEUE_TOKEN_WRONG_CONCERT",
  "QUEUE_TOKEN_NOT_ACTIVE",
]);
