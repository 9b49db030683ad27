"use client";

import { useState } from "react";
import type { Occupancy, OccupancySeat } from "@/lib/validations/admin";
import { formatDateTime } from "./format";
import { SeatDetail } from "./seat-detail";
import { useOccupancy } from "./use-occupancy";

const TONE: Record<OccupancySeat["status"], string> = {
  AVAILABLE: "bg-white border-slate-300 text-slate-700",
  HELD: "bg-amber-200 border-amber-400 text-amber-950",
  SOLD: "bg-green-600 border-green-700 text-white",
};

/** Groups "A-1", "A-2"… into rows by the label's prefix, stage side first. */
function rowsOf(seats: OccupancySeat[]): [string, OccupancySeat[]][] {
  const rows = new Map<string, OccupancySeat[]>();
  for (const s of seats) {
    const row = s.label.split("-")[0] ?? "";
    rows.set(row, [...(rows.get(row) ?? []), s]);
  }
  return [...rows.entries()];
}

/** The staff seat map of one date: live, every seat clickable for who/until/paid. */
export function SeatMap({ initial }: { initial: Occupancy }) {
  const { data, isError } = useOccupancy(initial.scheduleId, initial);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = data.seats.find((s) => s.id === selectedId) ?? null;
  const when = `${data.concertTitle}, ${formatDateTime(data.startsAt)}`;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-3">
        <p className="text-sm" aria-live="polite">
          <strong>{data.counts.sold}</strong> sold · <strong>{data.counts.held}</strong> held · <strong>{data.counts.available}</strong>{" "}
          available
          {isError && <span className="ml-2 text-red-700">(could not refresh)</span>}
        </p>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="mb-3 rounded bg-slate-800 py-1 text-center text-xs font-semibold uppercase tracking-widest text-white">Stage</p>
          <div role="group" aria-label={`Seat map, ${when}`} className="space-y-1.5">
            {rowsOf(data.seats).map(([row, seats]) => (
              <div role="group" aria-label={`Row ${row}`} key={row} className="flex items-center gap-1.5">
                <span aria-hidden="true" className="w-5 text-xs font-semibold text-slate-500">
                  {row}
                </span>
                {seats.map((s) => (
                  <button
                    key={s.id}
                    type="button"
                    onClick={() => setSelectedId(s.id)}
                    aria-pressed={s.id === selectedId}
                    aria-label={`Seat ${s.label}, number ${s.number}, ${s.status.toLowerCase()}${s.user ? `, ${s.user.name}` : ""}`}
                    title={`${s.label} #${s.number}${s.user ? ` — ${s.user.email}` : ""}`}
                    className={`h-9 w-9 rounded border text-[11px] font-semibold tabular-nums ${TONE[s.status]} ${s.id === selectedId ? "ring-2 ring-brand-500 ring-offset-1" : ""}`}
                  >
                    {s.number}
                  </button>
                ))}
              </div>
            ))}
          </div>
          <ul className="mt-3 flex gap-4 text-xs text-slate-600" aria-label="Legend">
            {(Object.keys(TONE) as OccupancySeat["status"][]).map((st) => (
              <li key={st} className="flex items-center gap-1">
                <span className={`inline-block h-3 w-3 rounded border ${TONE[st]}`} /> {st.toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
        <OccupiedTable seats={data.seats} when={when} />
      </div>
      <div>
        {selected ? (
          <SeatDetail seat={selected} when={when} />
        ) : (
          <p className="text-sm text-slate-500">Choose a seat to see who holds or bought it.</p>
        )}
      </div>
    </div>
  );
}

function OccupiedTable({ seats, when }: { seats: OccupancySeat[]; when: string }) {
  const taken = seats.filter((s) => s.status !== "AVAILABLE");
  return (
    <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
      <caption className="px-3 py-2 text-left text-slate-600">Held and sold seats, {when}</caption>
      <thead className="bg-slate-50 text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="px-3 py-1.5">
            Seat
          </th>
          <th scope="col" className="px-3 py-1.5">
            Status
          </th>
          <th scope="col" className="px-3 py-1.5">
            Fan
          </th>
          <th scope="col" className="px-3 py-1.5">
            Hold until
          </th>
          <th scope="col" className="px-3 py-1.5">
            Paid
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {taken.map((s) => (
          <tr key={s.id}>
            <td className="px-3 py-1.5">
              {s.label} <span className="text-xs text-slate-500">#{s.number}</span>
            </td>
            <td className="px-3 py-1.5">{s.status.toLowerCase()}</td>
            <td className="px-3 py-1.5">{s.user ? `${s.user.name} (${s.user.email})` : "—"}</td>
            <td className="px-3 py-1.5">{s.status === "HELD" ? formatDateTime(s.heldUntil) : "—"}</td>
            <td className="px-3 py-1.5">{s.paidAmount !== null ? "yes" : "no"}</td>
          </tr>
        ))}
        {taken.length === 0 && (
          <tr>
            <td colSpan={5} className="px-3 py-3 text-center text-slate-500">
              Every seat is still on sale.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
