import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { fromBase32, toBase32 } from "./base32";

/**
 * Ticket codes: `SP1-<payload>-<signature>`, both base32. The payload names
 * only the reservation and its date (nothing personal); the signature is
 * HMAC-SHA256 under a key derived from AUTH_SECRET, truncated to 128 bits, so
 * a gate refuses a forged or altered code before any database lookup, and
 * every instance sharing the secret accepts the others' codes.
 */
export interface TicketRef {
  reservationId: string;
  scheduleId: string;
}

const PREFIX = "SP1";
const SIGNATURE_BYTES = 16;
/** Longest code we read (two 30-character ids and more); past it a code is refused unparsed. */
export const MAX_TICKET_CODE_LENGTH = 200;

let key: Buffer | undefined;
function ticketKey(): Buffer {
  // A key of its own (HKDF), so a ticket signature can never be replayed as a session or challenge one.
  key ??= Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "stagepass", "ticket-code v1", 32));
  return key;
}

function sign(payload: string): Buffer {
  return createHmac("sha256", ticketKey()).update(`${PREFIX}-${payload}`).digest().subarray(0, SIGNATURE_BYTES);
}

export function signTicketCode(ref: TicketRef): string {
  const payload = toBase32(Buffer.from(`${ref.reservationId}.${ref.scheduleId}`, "utf8"));
  return `${PREFIX}-${payload}-${toBase32(sign(payload))}`;
}

/** The reservation and date a code names, or null when it is not a code we signed. */
export function verifyTicketCode(code: string): TicketRef | null {
  const parts = code.trim().toUpperCase().split("-");
  if (code.length > MAX_TICKET_CODE_LENGTH || parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, payload, signature] = parts as [string, string, string];
  const given = fromBase32(signature);
  if (!given || given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, sign(payload))) return null;
  const bytes = fromBase32(payload);
  const [reservationId, scheduleId, ...rest] = bytes ? Buffer.from(bytes).toString("utf8").split(".") : [];
  if (!reservationId || !scheduleId || rest.length) return null;
  return { reservationId, scheduleId };
}
