"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { useFormat } from "@/lib/format/use-format";
import type { SeatView } from "@/lib/validations/catalogue";
import { cn } from "../ui/cn";
import { Spinner } from "../ui/spinner";
import { seatAccessibleName, seatState, tierStyle } from "./seat-style";

const AISLE_AFTER = 5;

function rowsOf(seats: SeatView[]): Array<{ row: string; seats: Array<SeatView & { col: number }> }> {
  const rows = new Map<string, Array<SeatView & { col: number }>>();
  for (const seat of seats) {
    const [row = "?", col = "0"] = seat.label.split("-");
    rows.set(row, [...(rows.get(row) ?? []), { ...seat, col: Number(col) }]);
  }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([row, s]) => ({ row, seats: s.sort((x, y) => x.col - y.col) }));
}

/**
 * Arrow keys move between seats like in a spreadsheet; Home/End jump within a
 * row. The grid is one Tab stop (roving tabindex): only the seat last focused
 * (at first the first available one) has tabIndex 0, so Tab leaves the grid.
 */
function onGridKey(e: KeyboardEvent<HTMLDivElement>) {
  const current = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-row]");
  if (!current) return;
  const r = Number(current.dataset.row);
  const c = Number(current.dataset.idx);
  const moves: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
  let target: HTMLButtonElement | null = null;
  const grid = e.currentTarget;
  if (e.key in moves) {
    const [dr, dc] = moves[e.key]!;
    target = grid.querySelector(`button[data-row="${r + dr}"][data-idx="${c + dc}"]`);
  } else if (e.key === "Home" || e.key === "End") {
    const inRow = grid.querySelectorAll<HTMLButtonElement>(`button[data-row="${r}"]`);
    target = e.key === "Home" ? (inRow[0] ?? null) : (inRow[inRow.length - 1] ?? null);
  } else return;
  e.preventDefault();
  target?.focus();
}

export function SeatGrid({
  seats,
  pendingSeatId,
  onPick,
}: {
  seats: SeatView[];
  pendingSeatId: string | null;
  onPick: (seat: SeatView) => void;
}) {
  const t = useTranslations("seats");
  const format = useFormat();
  const rows = rowsOf(seats);
  const [focused, setFocused] = useState<string | null>(null);
  // The grid's one Tab stop: the seat focused last while it is on the map, else the first available, else the first.
  const tabStop = seats.some((s) => s.id === focused)
    ? focused
    : (seats.find((s) => seatState(s) === "available")?.id ?? seats[0]?.id ?? null);
  return (
    <div className="overflow-x-auto">
      <div className="mx-auto w-fit">
        <div
          className={cn(
            "mx-auto mb-6 w-4/5 rounded-b-[50%] bg-gradient-to-b from-slate-800 to-slate-600 py-2",
            "text-center text-xs font-semibold uppercase tracking-[0.3em] text-white shadow",
          )}
        >
          {t("stage")}
        </div>
        <div role="group" aria-label={t("gridLabel")} onKeyDown={onGridKey} className="space-y-1.5 sm:space-y-2">
          {rows.map((row, r) => (
            <div key={row.row} className="flex items-center gap-[3px] sm:gap-1.5" role="group" aria-label={t("row", { row: row.row })}>
              <span aria-hidden="true" className="w-4 text-center text-xs font-semibold text-slate-500 sm:w-6">
                {row.row}
              </span>
              {row.seats.map((seat, i) => {
                const state = seatState(seat);
                const pending = pendingSeatId === seat.id;
                const unavailable = state === "held" || state === "sold";
                return (
                  <button
                    key={seat.id}
                    type="button"
                    data-row={r}
                    data-idx={i}
                    data-testid={`seat-${seat.label}`}
                    data-state={state}
                    tabIndex={seat.id === tabStop ? 0 : -1}
                    onFocus={() => setFocused(seat.id)}
                    aria-label={seatAccessibleName(seat, t, format)}
                    aria-disabled={unavailable || pendingSeatId !== null || undefined}
                    aria-pressed={state === "mine"}
                    onClick={() => {
                      if (!unavailable && pendingSeatId === null) onPick(seat);
                    }}
                    className={cn(
                      "grid size-6 place-items-center rounded-md text-[11px] font-semibold tabular-nums transition-colors sm:size-9 sm:text-xs",
                      i === AISLE_AFTER && "ml-2 sm:ml-4",
                      state === "available" && tierStyle(seat.tier).seat,
                      state === "mine" && "bg-emerald-600 text-white ring-2 ring-emerald-300",
                      unavailable && "cursor-not-allowed bg-slate-200 text-slate-500",
                    )}
                  >
                    {pending ? <Spinner className="size-3.5" /> : state === "mine" ? "✓" : unavailable ? "×" : seat.col}
                  </button>
                );
              })}
              <span aria-hidden="true" className="hidden w-6 text-center text-xs font-semibold text-slate-500 sm:block">
                {row.row}
              </span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
