import "server-only";
import { env } from "../env";
import type { FeeSchedule } from "./fee-schedule";

/** The fee schedule this server is configured with (CANCEL_* in lib/env.ts). */
export function configuredFeeSchedule(): FeeSchedule {
  return {
    freeDays: env.CANCEL_FREE_DAYS,
    flatFee: env.CANCEL_FLAT_FEE,
    bands: env.CANCEL_FEE_BANDS,
    closesDaysBefore: env.CANCEL_CLOSES_DAYS_BEFORE,
  };
}
