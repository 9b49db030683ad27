/**
 * Peak resident memory of a process tree, sampled from /proc every 200 ms.
 * `next start` runs the real server (`next-server`) as a child, so the tree is
 * walked each time through /proc/<pid>/task/<tid>/children.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface RssPeak {
  pid: number;
  name: string;
  peakMb: number;
}

function readKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

export function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    let children = "";
    try {
      children = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8");
    } catch {
      continue;
    }
    for (const c of children.split(/\s+/).filter(Boolean).map(Number)) out.push(c, ...descendants(c));
  }
  return out;
}

export class RssSampler {
  readonly #root: number;
  readonly #peaks = new Map<number, RssPeak>();
  readonly #timer: NodeJS.Timeout;

  constructor(rootPid: number, intervalMs = 200) {
    this.#root = rootPid;
    this.sample();
    this.#timer = setInterval(() => this.sample(), intervalMs);
    this.#timer.unref();
  }

  sample(): void {
    for (const pid of [this.#root, ...descendants(this.#root)]) {
      const kb = readKb(pid);
      if (kb === null) continue;
      const prev = this.#peaks.get(pid);
      const mb = kb / 1024;
      if (!prev) this.#peaks.set(pid, { pid, name: comm(pid), peakMb: mb });
      else if (mb > prev.peakMb) prev.peakMb = mb;
    }
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** The server process: the largest process of the tree (next-server). */
  serverPeak(): RssPeak | null {
    let best: RssPeak | null = null;
    for (const p of this.#peaks.values()) if (!best || p.peakMb > best.peakMb) best = p;
    return best;
  }
}
