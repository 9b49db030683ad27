/**
 * Summarises a V8 .cpuprofile (from BENCH_CPU_PROF=1, which starts the servers
 * with --cpu-prof): self time per function and per package, so "what bounds
 * this route" has an answer in numbers.
 * Usage: npx tsx bench/tools/cpu-top.ts <file.cpuprofile> [top=25] [fromSec] [toSec]
 * (fromSec/toSec keep only the samples of one scenario's window; the busy
 * timeline printed first shows where each scenario ran).
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, topArg, fromArg, toArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: cpu-top.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const from = fromArg === undefined ? 0 : Number(fromArg) * 1e6;
const to = toArg === undefined ? Infinity : Number(toArg) * 1e6;
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
const self = new Map<number, number>();
// Busy share per 5 s of the run, to find a scenario's window.
const timeline: { busy: number; all: number }[] = [];
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  const slot = (timeline[Math.floor(at / 5e6)] ??= { busy: 0, all: 0 });
  slot.all += dt;
  if (!idleIds.has(id)) slot.busy += dt;
  if (at >= from && at < to) self.set(id, (self.get(id) ?? 0) + dt);
});
console.log("busy per 5 s:", timeline.map((t, i) => `${i * 5}s ${Math.round((t.busy / Math.max(1, t.all)) * 100)}%`).join("  "));

function bucket(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native/builtin)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) {
    if (m[1] === "next") {
      if (url.includes("/compiled/")) return `next/compiled/${/compiled\/([^/]+)/.exec(url)?.[1] ?? "?"}`;
      return "next (server)";
    }
    return m[1]!;
  }
  if (url.startsWith("node:")) return "node core";
  if (url.includes("/.next/server/chunks/")) return "app bundle (.next/server/chunks)";
  if (url.includes("/.next/")) return "app bundle (.next)";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || "(anonymous)"}  ${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/\.next\//, ".next/")}:${lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const b = bucket(url, functionName);
  pkg.set(b, (pkg.get(b) ?? 0) + us);
}
// Inclusive: a sample counts once for every package on its stack.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur)!.callFrame;
    seen.add(bucket(cf.url, cf.functionName));
  }
  for (const b of seen) incl.set(b, (incl.get(b) ?? 0) + us);
}
const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`);
console.log("\nself time by package:");
for (const [k, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log("\ninclusive time by package (stacks that pass through it):");
for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log("\nself time by function:");
for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
