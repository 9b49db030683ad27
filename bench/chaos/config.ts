/**
 * The chaos run's one reader of process.env (through the bench's num/list).
 * CHAOS_QUICK=1 is the `npm test` version (scripts/test-chaos.sh): a smaller
 * crowd and a shorter outage.
 */
import { list, num } from "../lib/config";

export type ChaosTarget = "sqlite" | "postgresql-2x";

export interface ChaosConfig {
  quick: boolean;
  /** STAGEPASS_BUILD_FRESH: the caller has just built (npm test); serve that build as it is, never build again. */
  buildFresh: boolean;
  targets: ChaosTarget[];
  pgAdminUrl: string;
  /** The SQLite server listens here + 1, the proxy here + 10, its two servers on the next two ports. */
  portBase: number;
  fans: number;
  /** Dates of 50 seats each. */
  schedules: number;
  activeLimit: number;
  /** Short, so holds orphaned by the kill run out before the final sweep. */
  holdSeconds: number;
  /** The kill comes when this share of the seats is sold… */
  killAtSoldShare: number;
  /** …or this many seconds into the rush, whichever is first. */
  killAtLatestSec: number;
  /** Milliseconds between terminating the instance's database connections and kill -9 of its process group. */
  killGapMs: number;
  /** Seconds the killed instance stays down before it is restarted. */
  downSec: number;
  /**
   * A hang guard, not a speed limit: the rush ends when the database says
   * every seat is SOLD, however long that takes; it is given up (and the run
   * fails) only when no seat has been sold and no fan has finished for this
   * many seconds, or when a server is not live this long after its (re)start.
   */
  stallSec: number;
}

const ALL: ChaosTarget[] = ["postgresql-2x", "sqlite"];

export function loadChaosConfig(): ChaosConfig {
  const quick = process.env.CHAOS_QUICK === "1";
  const targets = list("CHAOS_TARGETS");
  for (const t of targets) if (!ALL.includes(t as ChaosTarget)) throw new Error(`CHAOS_TARGETS: unknown ${t} (use ${ALL.join(", ")})`);
  return {
    quick,
    buildFresh: Boolean(process.env.STAGEPASS_BUILD_FRESH),
    targets: targets.length ? (targets as ChaosTarget[]) : ALL,
    pgAdminUrl: process.env.CHAOS_PG_URL ?? process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    portBase: num("CHAOS_PORT_BASE", 5240),
    fans: num("CHAOS_FANS", quick ? 200 : 1500),
    schedules: num("CHAOS_SCHEDULES", quick ? 1 : 4),
    activeLimit: num("CHAOS_ACTIVE_LIMIT", quick ? 50 : 100),
    holdSeconds: num("CHAOS_HOLD_SECONDS", quick ? 15 : 30),
    killAtSoldShare: num("CHAOS_KILL_AT_SOLD_SHARE", 0.3),
    killAtLatestSec: num("CHAOS_KILL_AT_LATEST", quick ? 45 : 90),
    killGapMs: num("CHAOS_KILL_GAP_MS", 500),
    downSec: num("CHAOS_DOWN_SECONDS", quick ? 2 : 5),
    stallSec: num("CHAOS_STALL_SECONDS", 120),
  };
}
