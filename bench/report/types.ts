/** The shape of bench/results/<date>.json. */
import type { BenchConfig, TargetName } from "../lib/config";
import type { InvariantCheck } from "../lib/invariants";
import type { CpuShares } from "../lib/cpu";
import type { Summary } from "../lib/stats";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ScenarioReport {
  id: string;
  title: string;
  kind: "read" | "write" | "flow";
  phase: string;
  /** Set when a route the scenario needs is not there (yet). */
  skipped?: string;
  error?: string;
  summary?: Summary;
  steps?: Record<string, Summary>;
  extra?: Record<string, number | string | null>;
  /** requests/s divided by the floor's requests/s on the same target in the same run. */
  ratioToFloor: number | null;
  assertions: Check[];
  invariants: InvariantCheck[];
  /** Performance targets: reported, and fatal only with BENCH_STRICT=1. */
  goals: Check[];
  /** Where the machine's CPU went while the load ran (percent of all cores). */
  cpu?: CpuShares;
}

export interface ServerReport {
  name: string;
  phase: string;
  port: number;
  process: string;
  peakRssMb: number | null;
}

export interface TargetReport {
  target: TargetName;
  provider: "sqlite" | "postgresql";
  instances: number;
  seedMs: number;
  fans: number;
  /** Mean requests/s of the floor runs (before and after the main phase): the ratios' denominator. */
  floorRps: number | null;
  servers: ServerReport[];
  scenarios: ScenarioReport[];
  error?: string;
}

export interface BenchReport {
  version: 1;
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  quick: boolean;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryMb: number;
    node: string;
    loadAvgBefore: number[];
    loadAvgAfter: number[];
    note: string;
  };
  config: BenchConfig;
  targets: TargetReport[];
  /** Everything that makes the run fail: 5xx, errors, broken invariants or assertions. */
  failures: string[];
  /** Targets missed (fatal only with BENCH_STRICT=1). */
  missedGoals: string[];
}
