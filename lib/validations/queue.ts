import { z } from "zod";
import { idSchema } from "./common";

export const issueTokenSchema = z.object({ concertId: idSchema });

export const tokenStatusSchema = z.enum(["WAITING", "ACTIVE", "EXPIRED"]);

export const queueTokenSchema = z.object({
  token: z.string(),
  concertId: z.string(),
  status: tokenStatusSchema,
  /**
   * The token's issue number in the concert's line (1, 2, 3, … without gaps).
   * Compare it with `servingSeq` of the public queue status to estimate the
   * place without asking for this token.
   */
  issueNumber: z.number().int().min(1),
  /** 0 when ACTIVE (or EXPIRED), else 1 + the number of WAITING tokens ahead. */
  position: z.number().int().min(0),
  /** People ahead in the queue (position - 1 while waiting). */
  aheadCount: z.number().int().min(0),
  estimatedWaitSeconds: z.number().int().min(0),
  pollAfterSeconds: z.number().int().min(1),
  /** When an ACTIVE token stops working; null while waiting. */
  expiresAt: z.iso.datetime().nullable(),
  /**
   * Extension: set while the fan waits in the pre-queue of a sale that has not
   * opened. There is no place yet (the shuffle at salesOpenAt gives one), so
   * `issueNumber` and `position` are the pre-queue's size (the furthest back
   * the fan can land) and `estimatedWaitSeconds` runs to the opening plus the
   * wait of the middle place. null otherwise.
   */
  preQueue: z
    .object({
      /** Fans in the pre-queue now. */
      size: z.number().int().min(0),
      salesOpenAt: z.iso.datetime(),
    })
    .nullable(),
});
export type QueueTokenView = z.infer<typeof queueTokenSchema>;

/** The public serving counter of a concert's line: the same for every fan, cacheable for a second. */
export const queueStatusSchema = z.object({
  concertId: z.string(),
  /** Every issue number up to this one has been admitted or has left. */
  servingSeq: z.number().int().min(0),
  /** The last issue number handed out. */
  lastIssued: z.number().int().min(0),
  waiting: z.number().int().min(0),
  active: z.number().int().min(0),
  activeLimit: z.number().int().min(0),
  /** Admissions per minute over the current window (0 until some were seen). */
  admissionsPerMinute: z.number().min(0),
  /** Staff have paused admission: nobody is promoted until they resume (fans already admitted keep booking). */
  paused: z.boolean(),
  /** Extension: BEFORE_PRE_QUEUE (no joins yet), PRE_QUEUE (joins wait for the shuffle), OPEN. */
  phase: z.enum(["BEFORE_PRE_QUEUE", "PRE_QUEUE", "OPEN"]),
  /** Extension: when the sale opens (null: on sale from the start). */
  salesOpenAt: z.iso.datetime().nullable(),
  /** Extension: when fans may join the pre-queue (PRE_QUEUE_MINUTES before salesOpenAt). */
  preQueueOpensAt: z.iso.datetime().nullable(),
  /** Extension: fans in the pre-queue (before the shuffle) or given random places by it (after). */
  preQueueSize: z.number().int().min(0),
  /** Extension: when the pre-queue was shuffled; null before. */
  shuffledAt: z.iso.datetime().nullable(),
  /** When the numbers were read from the database. */
  updatedAt: z.iso.datetime(),
});
export type QueueStatus = z.infer<typeof queueStatusSchema>;
