import { z } from "zod";
import { staffReasonSchema } from "./admin";
import { powDifficultySchema } from "./queue-pow";

/** POST /api/v1/admin/concerts/{concertId}/queue-controls: any of the controls, with one reason for the change. */
export const queueControlsInputSchema = z
  .object({
    /** true stops promotion (fans already ACTIVE keep booking); false resumes it. */
    paused: z.boolean().optional(),
    /** ACTIVE fans at once for this concert; null returns to QUEUE_ACTIVE_LIMIT. */
    activeLimit: z.number().int().min(1).max(100_000).nullable().optional(),
    /** Claim window for this concert's new admissions; null returns to QUEUE_CLAIM_SECONDS; 0 = off. */
    claimSeconds: z.number().int().min(0).max(3600).nullable().optional(),
    /** A new opening, only while the current one lies ahead, and itself in the future. */
    salesOpenAt: z.iso.datetime().optional(),
    reason: staffReasonSchema,
  })
  .refine((v) => v.paused !== undefined || v.activeLimit !== undefined || v.claimSeconds !== undefined || v.salesOpenAt !== undefined, {
    message: "Change at least one control",
  });
export type QueueControlsInput = z.infer<typeof queueControlsInputSchema>;

export const queueControlsSchema = z.object({
  concertId: z.string(),
  /** The stored Korean title. */
  title: z.string(),
  /** Its English rendering, null where the concert has none (pages show `title` then). */
  titleEn: z.string().nullable(),
  /** The venue's IANA zone: the opening is typed and shown on its clock. */
  timeZone: z.string(),
  paused: z.boolean(),
  /** The concert's own limit, null when it follows the server's. */
  activeLimit: z.number().int().nullable(),
  effectiveActiveLimit: z.number().int(),
  claimSeconds: z.number().int().nullable(),
  effectiveClaimSeconds: z.number().int(),
  salesOpenAt: z.iso.datetime().nullable(),
  preQueueOpensAt: z.iso.datetime().nullable(),
  powDifficulty: powDifficultySchema,
  /** The opening's shuffle once done: its seed, and whether every stored place follows from it. */
  shuffle: z
    .object({
      shuffledAt: z.iso.datetime(),
      seed: z.string(),
      preQueueSize: z.number().int(),
      /** Recomputed now from the seed over the stored join numbers: true when every place matches. */
      verified: z.boolean(),
    })
    .nullable(),
});
export type QueueControlsView = z.infer<typeof queueControlsSchema>;
