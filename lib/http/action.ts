/**
 * Server actions' one way to report an outcome: `{ ok: true, data }` or the
 * contract's error code with a fan-facing message and field errors. Mirrors
 * problem+json for the REST API, so the UI handles both the same way.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/i18n/config";
import type { FieldError } from "../errors";
import { messageFor, withReference } from "../ui/error-messages";
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
    // Outside a request (a script or a test calling an action) there is no
    // locale, and getLocale may throw before it returns a promise: Korean, the default.
    const locale = await Promise.resolve()
      .then(getLocale)
      .catch(() => DEFAULT_LOCALE);
    if (problem.code === "INTERNAL") {
      const plain = messageFor("INTERNAL", undefined, locale);
      const message = problem.requestId ? withReference(plain, problem.requestId.slice(0, 8), locale) : plain;
      return { ok: false, code: "INTERNAL", message, errors: [] };
    }
    return {
      ok: false,
      code: problem.code,
      message: messageFor(problem.code, retryAfterSeconds, locale),
      errors: problem.errors ?? [],
      retryAfterSeconds,
    };
  }
}
