"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Revenue } from "@/lib/validations/admin";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { inLocale } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";

/**
 * Sales over time and sell-through per date. Each chart is a figure whose
 * caption states the headline and whose data is also a table (the text
 * alternative), so nothing is only in the picture.
 */
export function RevenueCharts({ revenue }: { revenue: Revenue }) {
  const t = useTranslations("staff.revenue");
  const format = useFormat();
  const locale = useLocale();
  const perDate = revenue.concerts.flatMap((c) =>
    c.schedules.map((s) => ({
      name: `${inLocale(locale, c.title, c.titleEn)} · ${format.date(s.startsAt, "day", c.timeZone)}`,
      sellThrough: Math.round(s.sellThrough * 100),
      sold: s.sold,
      total: s.totalSeats,
    })),
  );
  // Each sale is bucketed on its venue's calendar; the column names that clock when there is one.
  const zones = [...new Set(revenue.concerts.map((c) => c.timeZone))];
  const dayHeading = zones.length > 1 ? t("dayPerVenue") : t("day", { zone: format.zone(zones[0] ?? DEFAULT_TIME_ZONE) });
  const best = [...perDate].sort((a, b) => b.sellThrough - a.sellThrough)[0];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sales-caption">
        <figcaption id="sales-caption" className="font-semibold">
          {t("sales")}
          <span className="block text-sm font-normal text-slate-600">
            {t("salesCaption", { tickets: revenue.ticketsSold, total: format.money(revenue.total), days: revenue.salesByDay.length })}
          </span>
        </figcaption>
        {/* A picture for sighted staff; the table below and the sr-only summary carry the numbers. Recharts'
            accessibility layer would make the svg focusable inside aria-hidden (axe aria-hidden-focus), so it is off. */}
        <div className="mt-3 h-64" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={revenue.salesByDay} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis tickFormatter={(v: number) => format.compactMoney(v)} fontSize={11} width={64} />
              <Tooltip formatter={(v) => format.money(Number(v))} />
              <Bar dataKey="revenue" name={t("revenue")} fill="#3b4ff0" radius={[3, 3, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">{t("salesTable")}</summary>
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">{t("sales")}</caption>
            <thead>
              <tr>
                <th scope="col">{dayHeading}</th>
                <th scope="col" className="text-right">
                  {t("tickets")}
                </th>
                <th scope="col" className="text-right">
                  {t("revenue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {revenue.salesByDay.map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td className="text-right tabular-nums">{d.tickets}</td>
                  <td className="text-right tabular-nums">{format.money(d.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
      <figure className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="sell-caption">
        <figcaption id="sell-caption" className="font-semibold">
          {t("sellThrough")}
          <span className="block text-sm font-normal text-slate-600">
            {best
              ? t("best", { name: best.name, percent: format.percent(best.sellThrough / 100), sold: best.sold, total: best.total })
              : t("noDates")}{" "}
            {t("listed")}
          </span>
        </figcaption>
        <div className="mt-3 h-64" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={perDate} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} fontSize={11} />
              <YAxis type="category" dataKey="name" width={150} fontSize={10} />
              <Tooltip formatter={(v) => `${String(v)}%`} />
              <Bar dataKey="sellThrough" name={t("soldBar")} fill="#16a34a" radius={[0, 3, 3, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <p className="sr-only">{t("share", { list: perDate.map((d) => `${d.name} ${format.percent(d.sellThrough / 100)}`).join("; ") })}</p>
    </div>
  );
}
