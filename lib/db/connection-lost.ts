/**
 * Recognises a statement that failed because its database connection died
 * (a terminated backend, a restarted or unreachable server, a reset socket),
 * whichever layer reports it: pg's own errors, Prisma's driver-adapter errors
 * (the SQLSTATE under `meta.driverAdapterError.cause`), or their `cause`s.
 *
 * Measured with pg_terminate_backend (lib/db/connection-loss.int.test.ts):
 * a query in flight fails with 57P01 (Prisma: P2010 carrying it), a query on
 * a connection that died inside a transaction with "Client has encountered a
 * connection error and is not queryable".
 */

/** SQLSTATEs of class 08 (connection exception) and 57P0x (operator intervention). */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);
/** Prisma's: cannot reach the server, timed out reaching it, the server closed the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** Prisma driver-adapter error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const SOCKET_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);
const MESSAGES =
  /Connection terminated|not queryable|terminating connection|server closed the connection|Connection ended unexpectedly|timeout exceeded when trying to connect/i;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function isConnectionLost(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (typeof e !== "object" || e === null || seen.has(e)) continue;
    seen.add(e);
    const code = fieldOf(e, "code") ?? fieldOf(e, "originalCode");
    if (typeof code === "string" && (SQLSTATES.has(code) || PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    const kind = fieldOf(e, "kind");
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    const message = fieldOf(e, "message") ?? fieldOf(e, "originalMessage");
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    queue.push(fieldOf(e, "cause"), fieldOf(fieldOf(e, "meta"), "driverAdapterError"));
    const inner = fieldOf(e, "errors");
    if (Array.isArray(inner)) queue.push(...inner);
  }
  return false;
}
