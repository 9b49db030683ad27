import type { z } from "zod";
import type { FieldError } from "../errors";

/** zod issues → the contract's `errors: [{ path, message }]`. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
