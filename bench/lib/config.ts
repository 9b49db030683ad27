/**
 * The bench's one reader of process.env. Every size and duration is here so a
 * quick run (BENCH_QUICK=1) and a full run differ only in numbers.
 */
export type TargetName = "sqlite" | "postgresql" | "postgresql-2x" | "postgresql-nginx";

export interface BenchConfig {
  quick: boolean;
  /** Seconds each time-bound scenario runs (warm-up not included). */
  durationSec: number;
  warmupSec: number;
  /** autocannon connections for the throughput scenarios. */
  connections: number;
  targets: TargetName[];
  /** Scenario ids to run; empty means all. */
  scenarios: string[];
  pgAdminUrl: string;
  portBase: number;
  /** Fans left WAITING while the queue-polling scenario runs. */
  waitingFans: number;
  /** QUEUE_ACTIVE_LIMIT for every phase but the rush. */
  activeLimit: number;
  /** Fans firing at one seat at once. */
  holdContenders: number;
  /** Schedules (50 seats each) that the spread holds walk through. */
  spreadSchedules: number;
  rushFans: number;
  /** The big rush: this many fans join within bigRushArrivalSec on dates of their own (zero 5xx, zero broken invariants). */
  bigRushFans: number;
  /** Fans who wait with their stream open while the slot ahead frees, one at a time (queue-push). */
  pushFans: number;
  bigRushArrivalSec: number;
  rushSchedules: number;
  rushActiveLimit: number;
  rushTimeoutSec: number;
  /**
   * The big rush's own bound: 10,000 fans on one origin saturate two cores
   * (joins alone take tens of seconds), so what it asserts is that every fan
   * ends, correctly, not how fast; the rush's 150 s would cut it short.
   */
  bigRushTimeoutSec: number;
  /** Exit non-zero when a performance target is missed, not only on failures. */
  strict: boolean;
  /** Run the servers under --cpu-prof (profiles in .tmp/bench/prof; summarise with bench/tools/cpu-top.ts). */
  cpuProf: boolean;
}

/** A non-negative number from `name`, or `fallback` when unset or empty (also the chaos run's reader, bench/chaos/config.ts). */
export function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return n;
}

/** A comma-separated list from `name`; empty when unset. */
export function list(name: string): string[] {
  return (process.env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

const ALL_TARGETS: TargetName[] = ["sqlite", "postgresql", "postgresql-2x", "postgresql-nginx"];

export function loadConfig(): BenchConfig {
  const quick = process.env.BENCH_QUICK === "1";
  const targets = list("BENCH_TARGETS");
  for (const t of targets) {
    if (!ALL_TARGETS.includes(t as TargetName)) throw new Error(`BENCH_TARGETS: unknown target ${t} (use ${ALL_TARGETS.join(", ")})`);
  }
  return {
    quick,
    durationSec: num("BENCH_DURATION", quick ? 3 : 10),
    warmupSec: num("BENCH_WARMUP", quick ? 1 : 2),
    connections: num("BENCH_CONNECTIONS", 50),
    targets: targets.length ? (targets as TargetName[]) : ALL_TARGETS,
    scenarios: list("BENCH_SCENARIOS"),
    pgAdminUrl: process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    portBase: num("BENCH_PORT_BASE", 3500),
    waitingFans: num("BENCH_WAITING_FANS", quick ? 1000 : 5000),
    activeLimit: num("BENCH_ACTIVE_LIMIT", 600),
    holdContenders: num("BENCH_HOLD_CONTENDERS", 500),
    spreadSchedules: num("BENCH_SPREAD_SCHEDULES", quick ? 40 : 100),
    rushFans: num("BENCH_RUSH_FANS", quick ? 500 : 2000),
    bigRushFans: num("BENCH_BIG_RUSH_FANS", quick ? 2000 : 10_000),
    pushFans: num("BENCH_PUSH_FANS", quick ? 50 : 200),
    bigRushArrivalSec: num("BENCH_BIG_RUSH_ARRIVAL", 5),
    rushSchedules: num("BENCH_RUSH_SCHEDULES", quick ? 2 : 4),
    rushActiveLimit: num("BENCH_RUSH_ACTIVE_LIMIT", 100),
    rushTimeoutSec: num("BENCH_RUSH_TIMEOUT", quick ? 60 : 150),
    bigRushTimeoutSec: num("BENCH_BIG_RUSH_TIMEOUT", quick ? 120 : 600),
    strict: process.env.BENCH_STRICT === "1",
    cpuProf: process.env.BENCH_CPU_PROF === "1",
  };
}
