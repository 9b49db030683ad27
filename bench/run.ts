/**
 * `npm run bench`: builds if needed, then for each target (SQLite, PostgreSQL,
 * two instances on one PostgreSQL) starts the production server on a fresh
 * seeded database, runs every scenario with the invariant check after each,
 * and writes bench/results/<date>.{json,svg,md}. Exits non-zero on any 5xx,
 * request error, broken invariant or failed assertion (and on a missed target
 * with BENCH_STRICT=1). Everything it starts, it stops.
 *
 * BENCH_QUICK=1 for 3-second scenarios and smaller crowds; see lib/config.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../scripts/lib/build-state";
import { loadConfig } from "./lib/config";
import { installCleanup, killAllSync } from "./lib/processes";
import { runTarget } from "./lib/target";
import { renderChart } from "./report/chart";
import { rssGoals, scenarioFailures } from "./report/goals";
import { formatTable, markdownTable } from "./report/table";
import type { BenchReport } from "./report/types";
import { floor, floorEnd } from "./scenarios/floor";
import { holdOneSeat, holdSpread } from "./scenarios/holds";
import { queueJoin, queuePoll } from "./scenarios/queue";
import { queuePush } from "./scenarios/queue-push";
import { queueStatus } from "./scenarios/queue-status";
import { bigRush, rush } from "./scenarios/rush";
import { seatMap } from "./scenarios/seat-map";

const ALL = [floor, queueJoin, queuePoll, queueStatus, seatMap, holdOneSeat, holdSpread, floorEnd, queuePush, rush, bigRush];

const root = path.resolve(import.meta.dirname, "..");
const cfg = loadConfig();
const log = (line: string) => console.log(line);
installCleanup(() => undefined);

const scenarios = cfg.scenarios.length ? ALL.filter((s) => s.id.startsWith("floor") || cfg.scenarios.includes(s.id)) : ALL;
const started = new Date();
const loadBefore = os.loadavg();
log(
  [
    `StagePass bench${cfg.quick ? " (quick)" : ""}: targets ${cfg.targets.join(", ")}`,
    `scenarios ${scenarios.map((s) => s.id).join(", ")}`,
    `${cfg.durationSec} s each, ${cfg.connections} connections`,
  ].join("; "),
);
log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs`);

ensureBuild(root, log);

const report: BenchReport = {
  version: 1,
  startedAt: started.toISOString(),
  finishedAt: "",
  wallSeconds: 0,
  quick: cfg.quick,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    loadAvgBefore: loadBefore,
    loadAvgAfter: [],
    note: "load generator, proxy and servers share this machine's CPUs",
  },
  config: cfg,
  targets: [],
  failures: [],
  missedGoals: [],
};

for (const target of cfg.targets) {
  const t = await runTarget(root, cfg, target, scenarios, log);
  report.targets.push(t);
  if (t.error) report.failures.push(`${target}: ${t.error.split("\n")[0]}`);
  for (const s of t.scenarios) {
    report.failures.push(...scenarioFailures(target, s));
    for (const g of s.goals) if (!g.ok) report.missedGoals.push(`${target}/${s.id}: ${g.name} (${g.detail})`);
  }
  for (const g of rssGoals(t)) if (!g.ok) report.missedGoals.push(`${target}: ${g.name} (${g.detail})`);
}

const finished = new Date();
report.finishedAt = finished.toISOString();
report.wallSeconds = Math.round((finished.getTime() - started.getTime()) / 1000);
report.machine.loadAvgAfter = os.loadavg();

const dir = path.join(root, "bench", "results");
mkdirSync(dir, { recursive: true });
const stamp = `${started.toISOString().slice(0, 19).replace(/:/g, "-")}Z${cfg.quick ? "-quick" : ""}`;
writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(report, null, 2) + "\n");
writeFileSync(path.join(dir, `${stamp}.svg`), renderChart(report));
writeFileSync(path.join(dir, `${stamp}.md`), markdownTable(report) + "\n");

log(`\n${formatTable(report)}\n`);
log(
  `wrote bench/results/${stamp}.{json,svg,md} in ${report.wallSeconds} s ` +
    `(load average after: ${report.machine.loadAvgAfter.map((l) => l.toFixed(2)).join(" ")})`,
);
const skipped = report.targets.flatMap((t) => t.scenarios.filter((s) => s.skipped).map((s) => `${t.target}/${s.id}`));
if (skipped.length) log(`skipped (route not there yet): ${skipped.join(", ")}`);
if (report.missedGoals.length) log(`targets missed:\n  ${report.missedGoals.join("\n  ")}`);
if (report.failures.length) {
  console.error(`\nFAILED:\n  ${report.failures.join("\n  ")}`);
}
killAllSync();
process.exit(report.failures.length || (cfg.strict && report.missedGoals.length) ? 1 : 0);
