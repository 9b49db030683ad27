/**
 * Before a join: fetch the concert's proof-of-work challenge and solve it in
 * a Web Worker (pow-worker.ts). Resolves undefined when no work is asked for
 * (difficulty 0) or the fan is signed out (the join action then sends them to
 * sign in); a challenge that cannot be had is left to the join to report.
 */
import type { Challenge, PowSolution } from "@/lib/validations/queue-pow";

function solveInWorker(nonce: string, difficulty: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./pow-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<{ solution: string }>) => {
      worker.terminate();
      resolve(event.data.solution);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "The browser check could not run."));
    };
    worker.postMessage({ nonce, difficulty });
  });
}

export async function solveChallenge(concertId: string, onWork: () => void): Promise<PowSolution | undefined> {
  const res = await fetch(`/api/v1/queue/challenge?concertId=${encodeURIComponent(concertId)}`, {
    headers: { accept: "application/json" },
    cache: "no-store",
  });
  if (!res.ok) return undefined;
  const challenge = (await res.json()) as Challenge;
  if (challenge.difficulty === 0) return undefined;
  onWork();
  return { nonce: challenge.nonce, solution: await solveInWorker(challenge.nonce, challenge.difficulty) };
}
