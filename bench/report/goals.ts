/**
 * The targets, as ratios of the floor in the same run, plus what
 * counts as a failure of the run itself.
 */
import type { Check, ScenarioReport, TargetReport } from "./types";

const RSS_LIMIT_MB = 400;
const READ_P99_MS = 250;
/** Issue 12: a freed slot reaches the next fan's stream within a second (p95). */
const PUSH_P95_MS = 1_000;
const RATIO_GOALS: Record<string, { min: number; postgresOnly: boolean }> = {
  "queue-poll": { min: 0.8, postgresOnly: false },
  "seat-map": { min: 0.6, postgresOnly: false },
  "hold-spread": { min: 0.4, postgresOnly: true },
};

export function scenarioGoals(s: ScenarioReport, provider: string, connections: number): Check[] {
  const goals: Check[] = [];
  if (!s.summary) return goals;
  const ratioGoal = RATIO_GOALS[s.id];
  if (ratioGoal && (!ratioGoal.postgresOnly || provider === "postgresql") && s.ratioToFloor !== null) {
    goals.push({
      name: `≥ ${ratioGoal.min * 100}% of floor`,
      ok: s.ratioToFloor >= ratioGoal.min,
      detail: `${(s.ratioToFloor * 100).toFixed(0)}%`,
    });
  }
  if (s.id === "queue-push") {
    goals.push({ name: `p95 < ${PUSH_P95_MS} ms`, ok: s.summary.latency.p95 < PUSH_P95_MS, detail: `${s.summary.latency.p95} ms` });
  }
  if (s.kind === "read" && connections === 50) {
    goals.push({ name: `p99 < ${READ_P99_MS} ms`, ok: s.summary.latency.p99 < READ_P99_MS, detail: `${s.summary.latency.p99} ms` });
  }
  return goals;
}

export function rssGoals(t: TargetReport): Check[] {
  return t.servers
    .filter((s) => s.process !== "proxy")
    .map((s) => ({
      name: `${s.name} (${s.phase}) RSS < ${RSS_LIMIT_MB} MB`,
      ok: s.peakRssMb !== null && s.peakRssMb < RSS_LIMIT_MB,
      detail: `${s.peakRssMb?.toFixed(0) ?? "?"} MB`,
    }));
}

export function scenarioFailures(target: string, s: ScenarioReport): string[] {
  const out: string[] = [];
  const where = `${target}/${s.id}`;
  if (s.error) out.push(`${where}: ${s.error}`);
  if (s.summary && s.summary.status5xx > 0) out.push(`${where}: ${s.summary.status5xx} responses with status 5xx`);
  if (s.summary && s.summary.errors > 0) out.push(`${where}: ${s.summary.errors} requests without a response (errors/timeouts)`);
  for (const a of s.assertions) if (!a.ok) out.push(`${where}: assertion "${a.name}" failed: ${a.detail}`);
  for (const i of s.invariants) if (!i.ok) out.push(`${where}: INVARIANT BROKEN "${i.name}": ${i.detail}`);
  return out;
}
