/**
 * `npm run chaos`: on PostgreSQL two instances behind the bench's round-robin
 * proxy, on SQLite one instance; a rush of fans; in its middle one instance's
 * database connections are terminated and its process group killed with
 * SIGKILL, then it is restarted; after the rush one sweep, then every
 * invariant is read from the database. Writes .tmp/chaos/<date>.json and
 * prints a summary; exits non-zero on a broken invariant, a 5xx other than
 * 503 with Retry-After, or a fan that met an answer it should not have.
 *
 * CHAOS_QUICK=1 is the CI version; knobs in config.ts. Everything it starts, it stops.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../../scripts/lib/build-state";
import { installCleanup, killAllSync } from "../lib/processes";
import { loadChaosConfig } from "./config";
import { runChaosTarget, type ChaosTargetReport } from "./target";

const root = path.resolve(import.meta.dirname, "..", "..");
const cfg = loadChaosConfig();
const log = (line: string) => console.log(line);
installCleanup(() => undefined);

const started = new Date();
log(`StagePass chaos run${cfg.quick ? " (quick)" : ""}: ${cfg.targets.join(", ")}; ${cfg.fans} fans, ${cfg.schedules} × 50 seats`);
if (!cfg.buildFresh) ensureBuild(root, log);
else if (existsSync(path.join(root, ".next", "BUILD_ID"))) log("using the production build the caller just made");
else throw new Error("STAGEPASS_BUILD_FRESH is set but there is no production build (.next/BUILD_ID)");

const targets: ChaosTargetReport[] = [];
for (const t of cfg.targets) targets.push(await runChaosTarget(root, cfg, t, log));

const fmt = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ") || "none";
for (const t of targets) {
  const r = t.requests;
  log(
    `\n${t.target} (${t.instances} instance${t.instances > 1 ? "s" : ""}): ${t.soldInDb}/${t.seats} sold, rush ${(t.rushMs / 1000).toFixed(1)} s`,
  );
  if (t.fault)
    log(
      `  outage at ${(t.fault.atMs / 1000).toFixed(1)} s (${t.fault.soldBefore} sold), down ${(t.fault.downMs / 1000).toFixed(1)} s` +
        `, backends terminated ${t.fault.backendsTerminatedBefore ?? "-"} + ${t.fault.backendsTerminatedAfter ?? "-"}`,
    );
  if (r) {
    log(`  ${r.requests} requests; statuses ${fmt(r.statuses)}`);
    log(
      `  5xx during the outage: ${fmt(r.status5xx.duringKill)}; outside: ${fmt(r.status5xx.outside)}; 503 without Retry-After: ${r.status503WithoutRetryAfter}`,
    );
    log(`  no response during the outage: ${fmt(r.noResponse.duringKill)}; outside: ${fmt(r.noResponse.outside)}`);
  }
  log(
    `  fans: ${fmt(t.outcomes)}; joined again after their turn ran out: ${t.rejoins}; holds found again after a lost answer: ${t.recoveredHolds}` +
      `; unsold at the end: ${fmt(t.unsoldAtEnd)}${t.stalled ? "; STALLED" : ""}`,
  );
  if (t.sweep) log(`  sweep: ${t.sweep.heldPastDeadlineBefore} HELD past deadline before, ${t.sweep.expiredHolds} expired by it`);
  for (const i of t.invariants) log(`  ${i.ok ? "ok  " : "FAIL"} ${i.name}: ${i.detail}`);
  for (const f of t.failures) log(`  FAILURE ${f.split("\n")[0]}`);
}

const finished = new Date();
const dir = path.join(root, ".tmp", "chaos");
mkdirSync(dir, { recursive: true });
const stamp = `${started.toISOString().slice(0, 19).replace(/:/g, "-")}Z${cfg.quick ? "-quick" : ""}`;
const file = path.join(dir, `${stamp}.json`);
const report = {
  startedAt: started.toISOString(),
  wallSeconds: Math.round((finished.getTime() - started.getTime()) / 1000),
  machine: { cpus: os.cpus().length, loadAvg: os.loadavg(), node: process.version },
  config: cfg,
  targets,
};
writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
const failed = targets.filter((t) => t.failures.length > 0);
log(
  `\nwrote ${path.relative(root, file)} in ${report.wallSeconds} s: ${failed.length ? `FAILED (${failed.map((t) => t.target).join(", ")})` : "passed"}`,
);
killAllSync();
process.exit(failed.length ? 1 : 0);
