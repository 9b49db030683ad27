import { AppError } from "../errors";
import { idempotencyKeySchema } from "../validations/common";
import { isCleanText } from "./clean-input";

/** The optional Idempotency-Key header: 1–255 characters when present. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers.get("idempotency-key");
  if (raw === null) return undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  if (!parsed.success || !isCleanText(parsed.data)) {
    throw new AppError("VALIDATION_FAILED", "Idempotency-Key must be 1–255 characters without control characters.", {
      errors: [{ path: "Idempotency-Key", message: "must be 1–255 characters" }],
    });
  }
  return parsed.data;
}
