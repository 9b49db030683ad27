import type { Stats } from "@/lib/validations/admin";
import { formatWon } from "./format";

/** The headline numbers: revenue, seats and queue. */
export function StatCards({ stats }: { stats: Stats }) {
  const cards = [
    { label: "Revenue", value: formatWon(stats.revenue) },
    { label: "Seats sold", value: stats.seats.sold.toLocaleString() },
    { label: "Seats held", value: stats.seats.held.toLocaleString() },
    { label: "Seats available", value: stats.seats.available.toLocaleString() },
    { label: "Waiting in queue", value: stats.queue.waiting.toLocaleString() },
    { label: "Active in queue", value: stats.queue.active.toLocaleString() },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {cards.map((c) => (
        <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{c.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}
