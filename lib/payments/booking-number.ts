import { randomBytes } from "node:crypto";

/** 32 symbols without look-alikes (no 0/O, 1/I): read over the phone without spelling. */
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** SP-XXXX-XXXX; legacy rows migrated from random hex fit it too. */
export const BOOKING_NUMBER_PATTERN = /^SP-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * A short human booking number such as `SP-7K3Q-92XD`: 8 random symbols,
 * 32^8 ≈ 1.1 × 10^12 values. Uniqueness is the database's unique index;
 * the payment retries on the (vanishingly rare) collision.
 */
export function newBookingNumber(): string {
  const bytes = randomBytes(8);
  let out = "";
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const byte of bytes) out += ALPHABET[byte % 32];
  return `SP-${out.slice(0, 4)}-${out.slice(4)}`;
}

/** What a fan or staff member types, normalised: case, spaces and a missing prefix or dash forgiven. */
export function normaliseBookingNumber(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/^SP/, "");
  if (!/^[0-9A-Z]{8}$/.test(compact)) return null;
  return `SP-${compact.slice(0, 4)}-${compact.slice(4)}`;
}
