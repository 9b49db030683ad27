/**
 * The server's one logger: JSON lines on stdout (pino), each carrying the
 * request id of the request it was written for (AsyncLocalStorage, set by
 * `route()` from the x-request-id the edge gave the request, proxy.ts).
 *
 * No personal data or secrets: nothing logs request bodies, errors are logged
 * through `errorFields()` (type, code, first line, stack frames; e-mail
 * addresses masked), and the redaction list below is the net under that.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { env } from "../env";

const context = new AsyncLocalStorage<{ requestId: string }>();

const SECRET_KEYS = ["password", "passwordHash", "token", "secret", "authorization", "cookie", "email", "idempotencyKey"];

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "stagepass", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const store = context.getStore();
    return store ? { requestId: store.requestId } : {};
  },
  redact: { paths: SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]), censor: "[redacted]" },
});

/** Runs `work` with `requestId` on every line logged inside it. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return context.run({ requestId }, work);
}

/** The current request's id, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;

/** What of an error may be logged: never its arguments (Prisma puts query values in messages). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { err: { type: typeof error } };
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.trim().split("\n").find(Boolean) ?? "";
  const frames = error.stack?.split("\n").filter((l) => l.trimStart().startsWith("at ")) ?? [];
  return {
    err: {
      type: error.name,
      ...(typeof code === "string" ? { code } : {}),
      message: firstLine.replace(EMAIL, "[email]").slice(0, 300),
      stack: frames.slice(0, 12).join("\n"),
    },
  };
}
