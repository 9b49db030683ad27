import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** First message per field, from zod issues or the contract's `errors` list. */
export function toFieldErrors(issues: Array<{ path: PropertyKey[] | string; message: string }>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = Array.isArray(issue.path) ? issue.path.map(String).join(".") : issue.path;
    out[key] ??= issue.message;
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return toFieldErrors(error.issues);
}
