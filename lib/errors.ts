/**
 * The one error type of StagePass. Every code is one row of the contract's
 * error table (docs/api.md); `lib/http/problem.ts` maps it to
 * RFC 9457 problem+json in exactly one place.
 */
export const ERROR_CODES = {
  /** Body, query or params fail validation (incl. malformed JSON). */
  VALIDATION_FAILED: { status: 400, title: "Invalid request" },
  /** No session, or an invalid one. */
  UNAUTHENTICATED: { status: 401, title: "Sign-in required" },
  /** Signed in but not allowed (not ADMIN, not the owner). */
  FORBIDDEN: { status: 403, title: "Not allowed" },
  /** Unknown resource, or one that belongs to someone else. */
  NOT_FOUND: { status: 404, title: "Not found" },
  /** Sign-up with an email that already has an account. */
  EMAIL_TAKEN: { status: 409, title: "Email already registered" },
  /** Booking call without a queue token. */
  QUEUE_TOKEN_MISSING: { status: 401, title: "Queue token missing" },
  /** Unknown token, or another user's token. */
  QUEUE_TOKEN_INVALID: { status: 401, title: "Queue token invalid" },
  /** Token expired: idle timeout, after payment, or the fan left the queue. */
  QUEUE_TOKEN_EXPIRED: { status: 401, title: "Queue token expired" },
  /** Token still WAITING. */
  QUEUE_TOKEN_NOT_ACTIVE: { status: 403, title: "Still waiting in the queue" },
  /** Token belongs to another concert. */
  QUEUE_TOKEN_WRONG_CONCERT: { status: 403, title: "Queue token is for another concert" },
  /** Seat is HELD by someone else or SOLD. */
  SEAT_UNAVAILABLE: { status: 409, title: "Seat unavailable" },
  /** The user already holds MAX_HOLDS_PER_USER seats on this date. */
  HOLD_LIMIT_REACHED: { status: 409, title: "Hold limit reached" },
  /** The hold's timer ran out before payment. */
  RESERVATION_EXPIRED: { status: 410, title: "Reservation expired" },
  /** Reservation is already CONFIRMED, CANCELLED or EXPIRED. */
  RESERVATION_NOT_HELD: { status: 409, title: "Reservation not held" },
  /** Refund of a reservation that is not CONFIRMED. */
  RESERVATION_NOT_CONFIRMED: { status: 409, title: "Reservation not confirmed" },
  /** Wallet balance below the price; nothing changed and the hold stays. */
  INSUFFICIENT_BALANCE: { status: 402, title: "Insufficient balance" },
  /** Charge amount not an integer in [1000, 1000000], or the balance would pass 10,000,000. */
  INVALID_AMOUNT: { status: 400, title: "Invalid amount" },
  /** Same Idempotency-Key, different request. */
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: "Idempotency key reused" },
  /** Too many requests; Retry-After is set. */
  RATE_LIMITED: { status: 429, title: "Too many requests" },
  /** Extension: the concert's queue asks for a solved proof-of-work challenge (GET /api/v1/queue/challenge) and none came. */
  QUEUE_CHALLENGE_REQUIRED: { status: 428, title: "Challenge required" },
  /** Extension: the challenge is not one of ours, is for another user or concert, or the solution does not meet its difficulty. */
  QUEUE_CHALLENGE_INVALID: { status: 422, title: "Challenge invalid" },
  /** Extension: the challenge ran out of time, or staff raised the difficulty since it was issued: get a new one. */
  QUEUE_CHALLENGE_EXPIRED: { status: 410, title: "Challenge expired" },
  /** Extension: this challenge was already used for a join. */
  QUEUE_CHALLENGE_REUSED: { status: 409, title: "Challenge already used" },
  /** Extension: the concert's sale has a salesOpenAt and its pre-queue (PRE_QUEUE_MINUTES before it) has not opened yet. */
  QUEUE_NOT_OPEN: { status: 409, title: "Queue not open yet" },
  /** Extension: a ticket code that is not one StagePass signed (forged, altered or mistyped); refused before any lookup. */
  TICKET_INVALID: { status: 422, title: "Ticket invalid" },
  /** Extension: self-cancellation is closed for this booking (the show is too close or over, or the ticket was used). */
  CANCELLATION_CLOSED: { status: 409, title: "Cancellation closed" },
  /** Extension: staff tried to move a sale's opening that has already passed. */
  SALES_ALREADY_OPEN: { status: 409, title: "Sale already open" },
  /** Extension: an API route that does not answer this method (the Allow header says which it does). */
  METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed" },
  /** Extension: the database stayed busy past its wait limit; retry after Retry-After. */
  SERVICE_BUSY: { status: 503, title: "Service busy" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, detail?: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * For `.catch(nullIfAppError)` where a page shows less on an expected refusal
 * (a token that is another fan's, an account gone): null for an AppError, but a
 * database failure still reaches the error page instead of hiding as "nothing".
 */
export function nullIfAppError(e: unknown): null {
  if (isAppError(e)) return null;
  throw e;
}
