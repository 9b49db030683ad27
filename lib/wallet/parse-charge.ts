import { AppError } from "../errors";
import { chargeSchema, type ChargeInput } from "../validations/wallet";
import { fieldErrors } from "../validations/issues";

/**
 * Validates a charge body. The contract gives a bad amount its own code
 * (INVALID_AMOUNT, 400); a body that is not an object is VALIDATION_FAILED.
 */
export function parseCharge(body: unknown): ChargeInput {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("VALIDATION_FAILED", "The body must be a JSON object.", { errors: [{ path: "", message: "expected an object" }] });
  }
  const result = chargeSchema.safeParse(body);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new AppError("INVALID_AMOUNT", errors[0]?.message ?? "Invalid amount", { errors });
}
