/**
 * Server actions' one way to report an outcome: `{ ok: true, data }` or the
 * contract's error code with a fan-facing message and field errors. Mirrors
 * problem+json for the REST API, so the UI handles both the same way.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { randomUUID } from "node:crypto";
import { isAppError, type FieldError } from "../errors";
import { messageFor } from "../ui/error-messages";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; errors: FieldError[] };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // redirect() and notFound() are control flow, not failures.
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, code: error.code, message: messageFor(error.code), errors: error.errors ?? [] };
    const requestId = randomUUID();
    console.error(`[${requestId}] server action failed`, error);
    return { ok: false, code: "INTERNAL", message: `${messageFor("INTERNAL")} (ref ${requestId.slice(0, 8)})`, errors: [] };
  }
}
