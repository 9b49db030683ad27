import { formatWon } from "@/lib/ui/format";
import { cn } from "../ui/cn";
import { tierStyle } from "./seat-style";

export function SeatLegend({ tiers }: { tiers: Array<{ tier: string; price: number; left: number }> }) {
  return (
    <div className="space-y-3 text-sm" aria-label="Seat legend" role="group">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {tiers.map((t) => (
          <li key={t.tier} className="flex items-center gap-2">
            <span aria-hidden="true" className={cn("size-4 rounded", tierStyle(t.tier).swatch)} />
            <span>
              <strong>{tierStyle(t.tier).name}</strong> {formatWon(t.price)} <span className="text-slate-500">({t.left} left)</span>
            </span>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-slate-700">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="grid size-4 place-items-center rounded bg-slate-400 text-[10px] text-white">
            1
          </span>
          Available (numbered)
        </li>
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="grid size-4 place-items-center rounded bg-emerald-600 text-[10px] font-bold text-white ring-2 ring-emerald-300"
          >
            ✓
          </span>
          Held by you
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="grid size-4 place-items-center rounded bg-slate-200 text-[10px] font-bold text-slate-500">
            ×
          </span>
          Taken or sold
        </li>
      </ul>
    </div>
  );
}
