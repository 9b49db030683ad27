import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { cn } from "../ui/cn";
import { tierName, tierStyle } from "./seat-style";

export function SeatLegend({ tiers }: { tiers: Array<{ tier: string; price: number; left: number }> }) {
  const t = useTranslations("seats");
  const format = useFormat();
  return (
    <div className="space-y-3 text-sm" aria-label={t("legend.label")} role="group">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {tiers.map((tier) => (
          <li key={tier.tier} className="flex items-center gap-2">
            <span aria-hidden="true" className={cn("size-4 rounded", tierStyle(tier.tier).swatch)} />
            <span>
              <strong>{tierName(tier.tier, t)}</strong> {format.money(tier.price)}{" "}
              <span className="text-slate-500">{t("legend.left", { count: tier.left })}</span>
            </span>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-slate-700">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="grid size-4 place-items-center rounded bg-slate-400 text-[10px] text-white">
            1
          </span>
          {t("legend.available")}
        </li>
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="grid size-4 place-items-center rounded bg-emerald-600 text-[10px] font-bold text-white ring-2 ring-emerald-300"
          >
            ✓
          </span>
          {t("legend.mine")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="grid size-4 place-items-center rounded bg-slate-200 text-[10px] font-bold text-slate-500">
            ×
          </span>
          {t("legend.taken")}
        </li>
      </ul>
    </div>
  );
}
