import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import type { Stats } from "@/lib/validations/admin";

/** The headline numbers: revenue, seats and queue. */
export function StatCards({ stats }: { stats: Stats }) {
  const t = useTranslations("staff.stats");
  const format = useFormat();
  const cards = [
    { label: t("revenue"), value: format.money(stats.revenue) },
    { label: t("sold"), value: format.number(stats.seats.sold) },
    { label: t("held"), value: format.number(stats.seats.held) },
    { label: t("available"), value: format.number(stats.seats.available) },
    { label: t("waiting"), value: format.number(stats.queue.waiting) },
    { label: t("active"), value: format.number(stats.queue.active) },
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
