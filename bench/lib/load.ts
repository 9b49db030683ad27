/**
 * Time-bound (and optionally count-bound) load from autocannon on loopback.
 * Each connection gets a small context, so a connection can act as one fan
 * (its own cookie and queue token) for the whole run.
 */
import autocannon from "autocannon";
import { Recorder, type Summary } from "./stats";

export interface BuiltRequest {
  method?: "GET" | "POST" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ConnectionContext {
  /** 0-based index of the connection, stable for its lifetime. */
  conn: number;
  /** Requests this connection has sent so far. */
  sent: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Upper bound on requests in the measured run (besides the time bound). */
  amount?: number;
  build: (ctx: ConnectionContext) => BuiltRequest;
}

function once(opts: LoadOptions, durationSec: number, amount: number | undefined, rec: Recorder | null): Promise<number> {
  let nextConn = 0;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: durationSec,
        amount,
        timeout: 10,
        requests: [
          {
            setupRequest: (req, context) => {
              const ctx = context as Partial<ConnectionContext>;
              if (ctx.conn === undefined) {
                ctx.conn = nextConn++;
                ctx.sent = 0;
              }
              const built = opts.build(ctx as ConnectionContext);
              ctx.sent = (ctx.sent ?? 0) + 1;
              return { ...req, method: built.method ?? "GET", path: built.path, headers: { ...built.headers }, body: built.body };
            },
          },
        ],
      },
      (err) => {
        clearTimeout(timer);
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        resolve(performance.now() - started);
      },
    );
    // With `amount` autocannon ignores `duration`: enforce the time bound here.
    const timer = setTimeout(() => instance.stop(), durationSec * 1000 + 250);
    if (rec) {
      instance.on("response", (_client, status, _bytes, ms) => rec.record(status, ms));
      instance.on("reqError", (e: Error & { code?: string }) => rec.error(`${e.code ?? e.name}: ${e.message}`));
    }
  });
}

export async function runLoad(opts: LoadOptions): Promise<Summary> {
  if (opts.warmupSec > 0) await once(opts, opts.warmupSec, undefined, null);
  const rec = new Recorder();
  const started = performance.now();
  const elapsed = await once(opts, opts.durationSec, opts.amount, rec);
  // autocannon notices a reached `amount` only on its next one-second tick, so
  // a count-bound run (hold-spread runs out of seats) ends at the last
  // response, not at autocannon's callback: that rounded every such rate down
  // to 5,000 / whole seconds (454, 500, 554, 624, 713 req/s).
  const lastResponse = rec.lastAt === null ? elapsed : rec.lastAt - started;
  return rec.summary(opts.amount ? Math.min(elapsed, lastResponse) : elapsed);
}
