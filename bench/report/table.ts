/** The printed table (and its Markdown twin for the README). */
import type { BenchReport, ScenarioReport } from "./types";

const HEAD = ["target", "scenario", "req/s", "× floor", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "5xx", "errors", "invariants", "goals"];

function row(target: string, s: ScenarioReport): string[] {
  const m = s.summary;
  const inv = s.invariants.length ? (s.invariants.every((i) => i.ok) ? "ok" : "BROKEN") : "-";
  const goals = s.goals.length ? s.goals.map((g) => `${g.ok ? "✓" : "✗"} ${g.name}`).join("; ") : "";
  if (!m)
    return [
      target,
      s.id,
      s.skipped ? "skipped" : "error",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      inv,
      s.skipped ? "skipped: route not in this build" : (s.error ?? ""),
    ];
  return [
    target,
    s.id,
    m.rps.toFixed(0),
    s.ratioToFloor === null ? "-" : `${(s.ratioToFloor * 100).toFixed(0)}%`,
    m.latency.p50.toFixed(1),
    m.latency.p95.toFixed(1),
    m.latency.p99.toFixed(1),
    String(m.non2xx),
    String(m.status5xx),
    String(m.errors),
    inv,
    goals,
  ];
}

function rows(report: BenchReport): string[][] {
  return report.targets.flatMap((t) =>
    t.error && t.scenarios.length === 0
      ? [[t.target, "(target failed)", "", "", "", "", "", "", "", "", "", t.error.split("\n")[0] ?? ""]]
      : t.scenarios.map((s) => row(t.target, s)),
  );
}

function extras(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const t of report.targets) {
    const floors = t.scenarios.filter((s) => s.id.startsWith("floor") && s.summary).map((s) => `${s.id} ${s.summary!.rps.toFixed(0)}`);
    if (floors.length) lines.push(`${t.target} floor req/s: ${floors.join(", ")}; ratios use the mean, ${t.floorRps ?? "?"}`);
    const rss = t.servers.map((s) => `${s.name} ${s.peakRssMb ?? "?"} MB`).join(", ");
    if (rss) lines.push(`${t.target} peak RSS: ${rss}`);
    const cpu = t.scenarios
      .filter((s) => s.cpu)
      .map((s) => `${s.id} ${s.cpu!.servers}/${s.cpu!.postgres}/${s.cpu!.loadGenerator}/${s.cpu!.other}/${s.cpu!.idle}`);
    if (cpu.length) lines.push(`${t.target} CPU, % of all cores (servers/PostgreSQL/load generator/other/idle): ${cpu.join(" · ")}`);
    for (const rush of t.scenarios.filter((s) => (s.id === "rush" || s.id === "big-rush") && s.summary && s.extra)) {
      const e = rush.extra!;
      lines.push(
        [
          `${t.target} ${rush.id}: ${e.fans} fans, ${e.seats} seats, sold out in ${soldOutIn(e.timeToSellOutMs as number | null)}`,
          `bought ${e.bought}, left when sold out ${e.soldOutLeft} (active) + ${e.leftWaiting} (waiting), gave up ${e.gaveUp}, failed ${e.failed}`,
        ].join("; "),
      );
      if (e.admissionNoticedFans)
        lines.push(
          `${t.target} ${rush.id} admission noticed after (ms, ${e.admissionNoticedFans} fans who waited): p50 ${e.admissionNoticedP50Ms} · p95 ${e.admissionNoticedP95Ms} · max ${e.admissionNoticedMaxMs}`,
        );
      const steps = Object.entries(rush.steps ?? {}).filter(([, s]) => s.requests > 0);
      lines.push(
        `${t.target} ${rush.id} steps (n, p50/p95/p99 ms): ${steps.map(([k, s]) => `${k} ${s.requests} ${latencies(s.latency)}`).join(" · ")}`,
      );
    }
  }
  return lines;
}

export function formatTable(report: BenchReport): string {
  const all = [HEAD, ...rows(report)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i >= 2 && i <= 9 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [fmt(HEAD), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(fmt), "", ...extras(report)].join("\n");
}

export function markdownTable(report: BenchReport): string {
  const esc = (c: string) => c.replace(/\|/g, "\\|");
  const lines = [`| ${HEAD.join(" | ")} |`, `| ${HEAD.map((_, i) => (i >= 2 && i <= 9 ? "---:" : "---")).join(" | ")} |`];
  for (const r of rows(report)) lines.push(`| ${r.map(esc).join(" | ")} |`);
  return [...lines, "", ...extras(report).map((l) => `- ${l}`)].join("\n");
}

function soldOutIn(ms: number | null): string {
  return ms === null ? "— (not sold out)" : `${(ms / 1000).toFixed(1)} s`;
}

function latencies(l: { p50: number; p95: number; p99: number }): string {
  return `${l.p50}/${l.p95}/${l.p99}`;
}
