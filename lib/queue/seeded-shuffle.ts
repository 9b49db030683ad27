import { createHash, randomBytes } from "node:crypto";

/** A fresh shuffle seed: 32 random bytes, hex. */
export function newShuffleSeed(): string {
  return randomBytes(32).toString("hex");
}

/**
 * A deterministic stream of uniform 32-bit numbers from a seed: SHA-256 of
 * the seed and a block counter, 8 numbers a block. Anyone with the seed can
 * recompute it (the audit of a shuffle needs nothing but the stored seed).
 */
function* uint32Stream(seed: string): Generator<number, never> {
  for (let block = 0; ; block++) {
    const digest = createHash("sha256").update(`${seed}:${block}`).digest();
    for (let i = 0; i < 32; i += 4) yield digest.readUInt32BE(i);
  }
}

/** A uniform integer in [0, bound) by rejection sampling, so no value is favoured by the modulo. */
function below(stream: Generator<number, never>, bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  for (;;) {
    const x = stream.next().value;
    if (x < limit) return x % bound;
  }
}

/**
 * The places 1..n of a pre-queue of n fans, from the seed: `places[k]` is
 * the new place of the fan who took join number k + 1. Fisher–Yates over
 * the join order, so every order is equally likely whatever the join times.
 */
export function shuffledPlaces(seed: string, n: number): number[] {
  const places = Array.from({ length: n }, (_, i) => i + 1);
  const stream = uint32Stream(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = below(stream, i + 1);
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  return places;
}
