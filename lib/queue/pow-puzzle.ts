/**
 * The proof-of-work puzzle of a queue join, shared by the server (which
 * checks one hash) and the browser's Web Worker (which tries solutions until
 * one fits): find a `solution` such that SHA-256 of `nonce:solution` starts
 * with `difficulty` zero bits. No imports, so both sides can use it.
 */
export const POW_ALGORITHM = "sha256-leading-zero-bits";

/** The text that is hashed. */
export const powInput = (nonce: string, solution: string): string => `${nonce}:${solution}`;

/** How many zero bits a digest starts with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
