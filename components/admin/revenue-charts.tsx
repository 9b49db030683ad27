"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Revenue } from "@/lib/validations/admin";
import { formatDate, formatPercent, formatWon } from "./format";

const compactWon = (v: number) => `₩${new Intl.NumberFormat("en", { notation: "compact" }).format(v)}`;

/**
 * Sales over time and sell-through per date. Each chart is a figure whose
 * caption states the headline and whose data is also a table (the text
 * alternative), so nothing is only in the picture.
 */
export function RevenueCharts({ revenue }: { revenue: Revenue }) {
  const perDate = revenue.concerts.flatMap((c) =>
    c.schedules.map((s) => ({
      name: `${c.title} · ${formatDate(s.startsAt)}`,
      sellThrough: Math.round(s.sellThrough * 100),
      sold: s.sold,
      total: s.totalSeats,
    })),
  );
  const best = [...perDate].sort((a, b) => b.sellThrough - a.sellThrough)[0];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sales-caption">
        <figcaption id="sales-caption" className="font-semibold">
          Sales over time
          <span className="block text-sm font-normal text-slate-600">
            {revenue.ticketsSold} tickets, {formatWon(revenue.total)} over {revenue.salesByDay.length} day(s) (refunds excluded).
          </span>
        </figcaption>
        <div className="mt-3 h-64" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={revenue.salesByDay} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis tickFormatter={compactWon} fontSize={11} width={56} />
              <Tooltip formatter={(v) => formatWon(Number(v))} />
              <Bar dataKey="revenue" name="Revenue" fill="#3b4ff0" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">Sales by day as a table</summary>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Sales by day</caption>
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                <th scope="col" className="text-right">
                  Tickets
                </th>
                <th scope="col" className="text-right">
                  Revenue
                </th>
              </tr>
            </thead>
            <tbody>
              {revenue.salesByDay.map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td className="text-right tabular-nums">{d.tickets}</td>
                  <td className="text-right tabular-nums">{formatWon(d.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
      <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sell-caption">
        <figcaption id="sell-caption" className="font-semibold">
          Sell-through per date
          <span className="block text-sm font-normal text-slate-600">
            {best ? `Best: ${best.name}, ${best.sellThrough}% sold (${best.sold} of ${best.total}).` : "No dates yet."} Every date is listed
            in the table below.
          </span>
        </figcaption>
        <div className="mt-3 h-64" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={perDate} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} fontSize={11} />
              <YAxis type="category" dataKey="name" width={150} fontSize={10} />
              <Tooltip formatter={(v) => `${String(v)}%`} />
              <Bar dataKey="sellThrough" name="Sold" fill="#16a34a" radius={[0, 3, 3, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <p className="sr-only">
        Sell-through as a share: {perDate.map((d) => `${d.name} ${formatPercent(d.sellThrough / 100)}`).join("; ")}.
      </p>
    </div>
  );
}
