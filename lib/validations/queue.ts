import { z } from "zod";
import { idSchema } from "./common";

export const issueTokenSchema = z.object({ concertId: idSchema });

export const tokenStatusSchema = z.enum(["WAITING", "ACTIVE", "EXPIRED"]);

export const queueTokenSchema = z.object({
  token: z.string(),
  concertId: z.string(),
  status: tokenStatusSchema,
  /** 0 when ACTIVE (or EXPIRED), else 1 + the number of WAITING tokens ahead. */
  position: z.number().int().min(0),
  /** People ahead in the queue (position - 1 while waiting). */
  aheadCount: z.number().int().min(0),
  estimatedWaitSeconds: z.number().int().min(0),
  pollAfterSeconds: z.number().int().min(1),
  /** When an ACTIVE token stops working; null while waiting. */
  expiresAt: z.iso.datetime().nullable(),
});
export type QueueTokenView = z.infer<typeof queueTokenSchema>;
