/**
 * Web Worker: solves a queue join's proof-of-work (lib/queue/pow-puzzle.ts)
 * off the page's thread, so the page stays responsive while it counts.
 * SHA-256 from @noble/hashes, resumed from the hash state after the fixed
 * `nonce:` prefix, so each try hashes only the counter's block.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { leadingZeroBits } from "@/lib/queue/pow-puzzle";

interface Job {
  nonce: string;
  difficulty: number;
}

const encoder = new TextEncoder();

function solve({ nonce, difficulty }: Job): string {
  const prefix = sha256.create().update(encoder.encode(`${nonce}:`));
  for (let n = 0; ; n++) {
    const solution = n.toString(36);
    if (leadingZeroBits(prefix.clone().update(encoder.encode(solution)).digest()) >= difficulty) return solution;
  }
}

self.onmessage = (event: MessageEvent<Job>) => {
  self.postMessage({ solution: solve(event.data) });
};
