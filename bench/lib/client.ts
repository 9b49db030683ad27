/**
 * The HTTP client of the hand-driven flows (token issuing, the 500-way seat
 * race, the rush): an undici Pool with a bounded number of keep-alive
 * connections. Latency is measured from the call, so time spent waiting for a
 * free connection counts, as it would in a real client.
 */
import { Pool } from "undici";
import type { Recorder } from "./stats";

export interface CallOptions {
  cookie?: string;
  queueToken?: string;
  body?: unknown;
  idempotencyKey?: string;
}

export interface CallResult<T = unknown> {
  /** 0 when the request failed without an HTTP status. */
  status: number;
  json: T | null;
  ms: number;
  /** Response headers (empty when there was no response). */
  headers: Record<string, string | string[] | undefined>;
  /** Why there was no response (status 0), e.g. "ECONNREFUSED". */
  error?: string;
}

export class ApiClient {
  readonly #pool: Pool;

  constructor(baseUrl: string, connections: number) {
    this.#pool = new Pool(baseUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 30_000, bodyTimeout: 30_000 });
  }

  async call<T = Record<string, unknown>>(
    rec: Recorder | null,
    method: "GET" | "POST" | "DELETE",
    path: string,
    opts: CallOptions = {},
  ): Promise<CallResult<T>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.queueToken) headers["x-queue-token"] = opts.queueToken;
    if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
    if (opts.body !== undefined) headers["content-type"] = "application/json";
    const started = performance.now();
    try {
      const res = await this.#pool.request({
        method,
        path,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
      const text = await res.body.text();
      const ms = performance.now() - started;
      rec?.record(res.statusCode, ms);
      let json: T | null = null;
      if (text) {
        try {
          json = JSON.parse(text) as T;
        } catch {
          json = null;
        }
      }
      return { status: res.statusCode, json, ms, headers: res.headers };
    } catch (e) {
      const ms = performance.now() - started;
      const code = e instanceof Error ? ((e as { code?: string }).code ?? e.name) : "error";
      rec?.error(e instanceof Error ? `${code}: ${e.message}` : String(e));
      return { status: 0, json: null, ms, headers: {}, error: code };
    }
  }

  async close(): Promise<void> {
    await this.#pool.close();
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}
