import { z } from "zod";
import { POW_ALGORITHM } from "../queue/pow-puzzle";
import { staffReasonSchema } from "./admin";
import { idSchema } from "./common";
import { issueTokenSchema } from "./queue";

export const MAX_POW_DIFFICULTY = 32;

export const challengeQuerySchema = z.object({ concertId: idSchema });

/** GET /api/v1/queue/challenge: what to solve before joining. */
export const challengeSchema = z.object({
  concertId: z.string(),
  /** Opaque, signed, bound to the user and the concert; send it back unchanged. */
  nonce: z.string(),
  /** Leading zero bits SHA-256(`nonce:solution`) must have; 0 = no work needed (any solution passes). */
  difficulty: z.number().int().min(0).max(MAX_POW_DIFFICULTY),
  algorithm: z.literal(POW_ALGORITHM),
  expiresAt: z.iso.datetime(),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const powSolutionSchema = z.object({
  nonce: z.string().min(1).max(512),
  /** Up to 32 letters or digits (the web client counts in decimal). */
  solution: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[0-9A-Za-z]+$/, "letters and digits only"),
});
export type PowSolution = z.infer<typeof powSolutionSchema>;

/** POST /api/v1/queue/tokens with the solved challenge (required while the concert's difficulty is above 0). */
export const joinQueueSchema = issueTokenSchema.extend({ pow: powSolutionSchema.optional() });

export const powDifficultyInputSchema = z.object({
  /** Bits for this concert; null returns it to QUEUE_POW_DIFFICULTY; 0 turns the check off. */
  difficulty: z.number().int().min(0).max(MAX_POW_DIFFICULTY).nullable(),
  reason: staffReasonSchema,
});

export const powDifficultySchema = z.object({
  concertId: z.string(),
  /** The concert's own setting, null when it follows the server default. */
  difficulty: z.number().int().nullable(),
  /** What joins need now. */
  effectiveDifficulty: z.number().int(),
  defaultDifficulty: z.number().int(),
});
export type PowDifficulty = z.infer<typeof powDifficultySchema>;
