import { z } from "zod";

/** Ids are cuids; anything else cannot exist, so it is a 404, not a 400. */
export const idSchema = z.string().min(1).max(64);

export const cursorQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const idempotencyKeySchema = z.string().min(1).max(255);

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
