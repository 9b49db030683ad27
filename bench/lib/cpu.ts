/**
 * Where the machine's CPU went while a scenario ran: the app servers (their
 * process trees), PostgreSQL (every process named "postgres"), this bench
 * process (the load generator) and everything else, each as a share of all
 * cores over the scenario's wall time. Read from /proc before and after, so
 * "what bounds it" can be answered with numbers next to the profile.
 */
import { cpus } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import { descendants } from "./rss";

/** Percent of the machine's total capacity (cores × wall time). */
export interface CpuShares {
  servers: number;
  postgres: number;
  loadGenerator: number;
  other: number;
  idle: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

function processTicks(pid: number): number {
  try {
    // Fields after the ")" of comm: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Busy and idle ticks of the whole machine. */
function machineTicks(): { busy: number; idle: number } {
  const [, ...nums] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = nums.map(Number) as number[];
  return { busy: user! + nice! + system! + irq! + softirq! + steal!, idle: idle! + iowait! };
}

interface Sample {
  at: number;
  servers: Map<number, number>;
  postgres: Map<number, number>;
  bench: number;
  machine: { busy: number; idle: number };
}

function sample(serverPids: number[]): Sample {
  const tree = serverPids.flatMap((pid) => [pid, ...descendants(pid)]);
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    servers: new Map(tree.map((pid) => [pid, processTicks(pid)])),
    postgres: new Map(postgresPids().map((pid) => [pid, processTicks(pid)])),
    bench: ((usage.user + usage.system) / 1e6) * TICKS_PER_SECOND,
    machine: machineTicks(),
  };
}

/** Ticks each process spent between two samples (processes that ended meanwhile count until their last sample). */
function spent(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  return sum;
}

export function startCpuWatch(serverPids: number[]): () => CpuShares {
  const before = sample(serverPids);
  return () => {
    const after = sample(serverPids);
    const capacity = ((after.at - before.at) / 1000) * TICKS_PER_SECOND * cpus().length;
    const pct = (ticks: number) => Math.round((ticks / capacity) * 1000) / 10;
    const servers = spent(before.servers, after.servers);
    const postgres = spent(before.postgres, after.postgres);
    const bench = after.bench - before.bench;
    const busy = after.machine.busy - before.machine.busy;
    return {
      servers: pct(servers),
      postgres: pct(postgres),
      loadGenerator: pct(bench),
      other: pct(Math.max(0, busy - servers - postgres - bench)),
      idle: pct(after.machine.idle - before.machine.idle),
    };
  };
}
