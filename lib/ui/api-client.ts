/**
 * The browser's way to read the REST API: same-origin fetch with the session
 * cookie, problem+json turned into ApiError, bodies checked with the shared
 * zod schemas so a contract drift fails loudly instead of rendering garbage.
 */
import type { z } from "zod";
import type { FieldError } from "../errors";
import { messageFor } from "./error-messages";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: { code?: string; errors?: FieldError[] } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not problem+json (a proxy error page): fall back to the status.
  }
  const code = body.code ?? (res.status === 401 ? "UNAUTHENTICATED" : res.status === 404 ? "NOT_FOUND" : "INTERNAL");
  const header = Number(res.headers.get("retry-after"));
  const retry = Number.isFinite(header) && header > 0 ? header : undefined;
  return new ApiError(code, res.status, messageFor(code, retry), body.errors ?? [], retry);
}

export async function apiGet<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin", cache: "no-store", headers: { accept: "application/json" }, signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError("NETWORK", 0, messageFor("NETWORK"));
  }
  if (!res.ok) throw await problemOf(res);
  return schema.parse(await res.json());
}

/** React Query retry policy: never retry a 4xx (it will not change), retry network/5xx twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
