/**
 * Server actions' one way to report an outcome: `{ ok: true, data }` or the
 * contract's error code with a fan-facing message and field errors. Mirrors
 * problem+json for the REST API, so the UI handles both the same way.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { FieldError } from "../errors";
import { messageFor } from "../ui/error-messages";
import { problemOf } from "./problem";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; errors: FieldError[]; retryAfterSeconds?: number };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // redirect() and notFound() are control flow, not failures.
    unstable_rethrow(error);
    // The same mapping as the REST API: a busy database becomes SERVICE_BUSY
    // with Retry-After, anything unknown a logged INTERNAL with a reference.
    const { problem, headers } = problemOf(error);
    const retry = Number(headers["Retry-After"]);
    const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (problem.code === "INTERNAL") {
      const ref = problem.requestId ? ` (ref ${problem.requestId.slice(0, 8)})` : "";
      return { ok: false, code: "INTERNAL", message: `${messageFor("INTERNAL")}${ref}`, errors: [] };
    }
    return {
      ok: false,
      code: problem.code,
      message: messageFor(problem.code, retryAfterSeconds),
      errors: problem.errors ?? [],
      retryAfterSeconds,
    };
  }
}
