import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** Which message of `auth.problems` an account-form issue gets (the schemas' own texts are English, for the API). */
export type FieldProblem = "emailInvalid" | "passwordShort" | "passwordLong" | "passwordRequired" | "nameRequired" | "nameLong" | "invalid";

interface Issue {
  path: PropertyKey[] | string;
  code?: string;
  minimum?: unknown;
}

function problemOf(field: string, issue: Issue): FieldProblem {
  if (field === "email") return "emailInvalid";
  if (field === "password") {
    if (issue.code === "too_big") return "passwordLong";
    if (issue.code === "too_small") return Number(issue.minimum) > 1 ? "passwordShort" : "passwordRequired";
  }
  if (field === "name") return issue.code === "too_big" ? "nameLong" : "nameRequired";
  return "invalid";
}

/** First problem per field, from zod issues or the contract's `errors` list (which has no codes: the field decides). */
export function toFieldErrors(issues: Issue[], message: (problem: FieldProblem) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = Array.isArray(issue.path) ? issue.path.map(String).join(".") : issue.path;
    out[key] ??= message(problemOf(key, issue));
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError, message: (problem: FieldProblem) => string): FieldErrors {
  return toFieldErrors(error.issues as Issue[], message);
}
