/**
 * Every answer the fans got, counted the way the chaos run is judged: statuses,
 * 5xx by code (a 503 must carry Retry-After; a 500 is never allowed), and
 * requests that got no response, split by whether they fell inside the kill
 * window (from the first fault until the restarted instance is live again).
 */
import type { CallResult } from "../lib/client";

/** The bench proxy's own 502 (bench/lib/proxy-main.ts): the upstream dropped the request, the app never answered. */
const PROXY_ERROR = "x-bench-proxy-error";

export interface TallyReport {
  requests: number;
  statuses: Record<string, number>;
  /** Answers with a 5xx status from the app, by status, inside and outside the kill window. */
  status5xx: { duringKill: Record<string, number>; outside: Record<string, number> };
  /** 503s that came without Retry-After (a failure). */
  status503WithoutRetryAfter: number;
  /** Requests without an answer from the app, by cause (socket error code, or the proxy's upstream error). */
  noResponse: { duringKill: Record<string, number>; outside: Record<string, number> };
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

export class Tally {
  #requests = 0;
  readonly #statuses: Record<string, number> = {};
  readonly #fiveKill: Record<string, number> = {};
  readonly #fiveOut: Record<string, number> = {};
  readonly #noneKill: Record<string, number> = {};
  readonly #noneOut: Record<string, number> = {};
  #no503RetryAfter = 0;
  /** Set by the fault injector: [start, end) in performance.now() time; end null while the window is open. */
  killWindow: { start: number; end: number | null } | null = null;

  /** A request counts as inside the window when its lifetime overlaps it (in flight at the kill included). */
  #inKill(startedAt: number, endedAt: number): boolean {
    const w = this.killWindow;
    return w !== null && endedAt >= w.start && (w.end === null || startedAt < w.end);
  }

  /** True when the app gave no answer (a retry is then the client's only option). */
  static unanswered(res: CallResult): boolean {
    return res.status === 0 || (res.status === 502 && res.headers[PROXY_ERROR] !== undefined);
  }

  add(res: CallResult, startedAt: number, endedAt: number): void {
    this.#requests++;
    bump(this.#statuses, String(res.status));
    const during = this.#inKill(startedAt, endedAt);
    if (Tally.unanswered(res)) {
      const cause = res.status === 0 ? (res.error ?? "error") : `proxy 502 ${String(res.headers[PROXY_ERROR])}`;
      bump(during ? this.#noneKill : this.#noneOut, cause);
      return;
    }
    if (res.status >= 500) bump(during ? this.#fiveKill : this.#fiveOut, String(res.status));
    if (res.status === 503 && !res.headers["retry-after"]) this.#no503RetryAfter++;
  }

  report(): TallyReport {
    return {
      requests: this.#requests,
      statuses: this.#statuses,
      status5xx: { duringKill: this.#fiveKill, outside: this.#fiveOut },
      status503WithoutRetryAfter: this.#no503RetryAfter,
      noResponse: { duringKill: this.#noneKill, outside: this.#noneOut },
    };
  }
}
