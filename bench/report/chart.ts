/**
 * A hand-written SVG: requests/s (top) and p99 latency (bottom) per scenario,
 * one bar per target. No dependencies, readable on GitHub.
 */
import type { BenchReport } from "./types";

const COLORS = ["#2563eb", "#16a34a", "#d97706", "#9333ea"];
const W = 960;
const PANEL_H = 230;
const LEFT = 70;
const TOP = 60;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v) ?? v;
}

function panel(
  report: BenchReport,
  ids: string[],
  y0: number,
  title: string,
  value: (target: string, id: string) => number | null,
  unit: string,
): string {
  const targets = report.targets.map((t) => t.target);
  const values = ids.flatMap((id) => targets.map((t) => value(t, id) ?? 0));
  const max = niceMax(Math.max(...values, 0));
  const plotW = W - LEFT - 20;
  const groupW = plotW / Math.max(1, ids.length);
  const barW = Math.min(34, (groupW - 16) / Math.max(1, targets.length));
  const out: string[] = [`<text x="${LEFT}" y="${y0 - 12}" font-size="14" font-weight="600">${esc(title)}</text>`];
  for (let i = 0; i <= 4; i++) {
    const y = y0 + PANEL_H - (PANEL_H * i) / 4;
    out.push(`<line x1="${LEFT}" x2="${W - 20}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${LEFT - 6}" y="${y + 4}" font-size="11" text-anchor="end" fill="#6b7280">${((max * i) / 4).toFixed(0)}</text>`);
  }
  ids.forEach((id, gi) => {
    const gx = LEFT + gi * groupW + (groupW - barW * targets.length) / 2;
    targets.forEach((t, ti) => {
      const v = value(t, id);
      if (v === null) return;
      const h = (v / max) * PANEL_H;
      const x = gx + ti * barW;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${(y0 + PANEL_H - h).toFixed(1)}" width="${(barW - 3).toFixed(1)}" height="${h.toFixed(1)}"
  fill="${COLORS[ti % COLORS.length]}"><title>${esc(`${t} ${id}: ${v} ${unit}`)}</title></rect>`,
      );
      out.push(
        `<text x="${(x + (barW - 3) / 2).toFixed(1)}" y="${(y0 + PANEL_H - h - 3).toFixed(1)}"
  font-size="9" text-anchor="middle" fill="#374151">${v.toFixed(0)}</text>`,
      );
    });
    out.push(
      `<text x="${(LEFT + gi * groupW + groupW / 2).toFixed(1)}" y="${y0 + PANEL_H + 16}" font-size="12" text-anchor="middle">${esc(id)}</text>`,
    );
  });
  return out.join("\n");
}

export function renderChart(report: BenchReport): string {
  const ids = [...new Set(report.targets.flatMap((t) => t.scenarios.filter((s) => s.summary).map((s) => s.id)))];
  const find = (target: string, id: string) =>
    report.targets.find((t) => t.target === target)?.scenarios.find((s) => s.id === id)?.summary ?? null;
  const H = TOP + PANEL_H * 2 + 120;
  const legend = report.targets
    .map(
      (t, i) =>
        `<rect x="${LEFT + i * 170}" y="${H - 26}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>
<text x="${LEFT + i * 170 + 18}" y="${H - 16}" font-size="12">${esc(t.target)}</text>`,
    )
    .join("");
  const title =
    `StagePass bench ${report.startedAt.slice(0, 16).replace("T", " ")} UTC${report.quick ? " (quick)" : ""} · ` +
    `${report.machine.cpus} CPUs, load generator on the same machine`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${LEFT}" y="24" font-size="15" font-weight="700">${esc(title)}</text>
${panel(report, ids, TOP, "Throughput (requests/s, higher is better)", (t, id) => find(t, id)?.rps ?? null, "req/s")}
${panel(report, ids, TOP + PANEL_H + 60, "p99 latency (ms, lower is better)", (t, id) => find(t, id)?.latency.p99 ?? null, "ms")}
${legend}
</svg>
`;
}
