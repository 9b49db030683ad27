/**
 * Latency and status bookkeeping shared by the autocannon scenarios and the
 * hand-driven flows, so every number in the report is computed the same way.
 */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface Summary {
  requests: number;
  durationMs: number;
  rps: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  non2xx: number;
  status5xx: number;
  /** Connection errors and timeouts: requests that got no HTTP status. */
  errors: number;
  /** The first few error messages, counted. */
  errorKinds?: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export class Recorder {
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  errors = 0;
  startedAt = performance.now();
  endedAt: number | null = null;
  /** When the last response arrived. */
  lastAt: number | null = null;

  record(status: number, ms: number): void {
    this.lastAt = performance.now();
    this.latencies.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  readonly errorKinds = new Map<string, number>();

  error(kind = "error"): void {
    this.errors++;
    if (this.errorKinds.size < 10 || this.errorKinds.has(kind)) this.errorKinds.set(kind, (this.errorKinds.get(kind) ?? 0) + 1);
  }

  restart(): void {
    this.latencies.length = 0;
    this.statuses.clear();
    this.errors = 0;
    this.errorKinds.clear();
    this.startedAt = performance.now();
    this.endedAt = null;
    this.lastAt = null;
  }

  end(): void {
    this.endedAt = performance.now();
  }

  summary(durationMs = (this.endedAt ?? performance.now()) - this.startedAt): Summary {
    const sorted = Float64Array.from(this.latencies).sort();
    const arr = Array.from(sorted);
    let non2xx = 0;
    let status5xx = 0;
    const statuses: Record<string, number> = {};
    for (const [s, n] of [...this.statuses.entries()].sort((a, b) => a[0] - b[0])) {
      statuses[String(s)] = n;
      if (s < 200 || s > 299) non2xx += n;
      if (s >= 500) status5xx += n;
    }
    const total = arr.reduce((a, b) => a + b, 0);
    return {
      requests: arr.length,
      durationMs: Math.round(durationMs),
      rps: durationMs > 0 ? round((arr.length / durationMs) * 1000) : 0,
      latency: {
        p50: round(percentile(arr, 50)),
        p95: round(percentile(arr, 95)),
        p99: round(percentile(arr, 99)),
        max: round(arr.at(-1) ?? 0),
        mean: round(arr.length ? total / arr.length : 0),
      },
      statuses,
      non2xx,
      status5xx,
      errors: this.errors,
      ...(this.errorKinds.size ? { errorKinds: Object.fromEntries(this.errorKinds) } : {}),
    };
  }
}
