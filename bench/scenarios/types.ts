/** What every scenario gets and gives back. */
import type { Db } from "../../lib/db/create-client";
import type { ApiClient } from "../lib/client";
import type { BenchConfig, TargetName } from "../lib/config";
import type { BenchData } from "../lib/seed";
import type { Summary } from "../lib/stats";

export type Phase = "main" | "rush";

export interface SharedState {
  /** Queue-concert tokens by fan index (filled by queue-join). */
  queueTokens: (string | null)[] | null;
  /** Indexes of fans whose queue-concert token is WAITING. */
  waitingFans: number[];
  /** Holds-concert ACTIVE tokens by fan index. */
  holdTokens: string[] | null;
}

export interface TargetContext {
  target: TargetName;
  /** Base URL the load goes to (a server, or the proxy in front of two). */
  url: string;
  db: Db;
  cfg: BenchConfig;
  data: BenchData;
  cookies: string[];
  /** Shared client for setup calls (bounded connections). */
  client: ApiClient;
  state: SharedState;
  log: (line: string) => void;
  /** Names of this phase's servers that have exited (a crash is a failure). */
  serversDown: () => string[];
  /** Process ids of this phase's servers (for CPU accounting). */
  serverPids: () => number[];
}

export interface ScenarioResult {
  summary: Summary;
  /** Per-step numbers of multi-step flows (the rush). */
  steps?: Record<string, Summary>;
  extra?: Record<string, number | string | null>;
  /** Scenario-specific assertions (e.g. exactly one winner); a false one fails the run. */
  assertions?: { name: string; ok: boolean; detail: string }[];
}

export interface Scenario {
  id: string;
  title: string;
  phase: Phase;
  /** Reads are held to the p99 target; flows are not compared to the floor. */
  kind: "read" | "write" | "flow";
  /** Routes that must exist ("METHOD /path" with placeholders); the scenario is skipped otherwise. */
  needs: string[];
  run(ctx: TargetContext): Promise<ScenarioResult>;
}
