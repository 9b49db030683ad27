import { useLocale, useTranslations } from "next-intl";
import { VenueTime } from "@/components/ui/venue-time";
import { inLocale } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";
import type { Revenue } from "@/lib/validations/admin";

/** Totals per concert and per date: the numbers behind the charts. */
export function RevenueTable({ revenue }: { revenue: Revenue }) {
  const t = useTranslations("staff.revenue");
  const format = useFormat();
  const locale = useLocale();
  return (
    <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
      <caption className="px-3 py-2 text-left text-slate-600">{t("tableCaption")}</caption>
      <thead className="bg-slate-50 text-xs uppercase text-slate-500">
        <tr>
          <th scope="col" className="px-3 py-1.5">
            {t("cols.what")}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {t("cols.sold")}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {t("cols.seats")}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {t("cols.sellThrough")}
          </th>
          <th scope="col" className="px-3 py-1.5 text-right">
            {t("cols.revenue")}
          </th>
        </tr>
      </thead>
      {revenue.concerts.map((c) => (
        <tbody key={c.concertId} className="divide-y divide-slate-100 border-t border-slate-200">
          <tr className="bg-slate-50/50 font-semibold">
            <th scope="row" className="px-3 py-1.5">
              {inLocale(locale, c.title, c.titleEn)}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums">{c.sold}</td>
            <td className="px-3 py-1.5 text-right tabular-nums">{c.totalSeats}</td>
            <td className="px-3 py-1.5 text-right tabular-nums">{format.percent(c.totalSeats ? c.sold / c.totalSeats : 0)}</td>
            <td className="px-3 py-1.5 text-right tabular-nums">{format.money(c.revenue)}</td>
          </tr>
          {c.schedules.map((s) => (
            <tr key={s.scheduleId}>
              <th scope="row" className="px-3 py-1.5 pl-8 font-normal">
                <VenueTime iso={s.startsAt} zone={c.timeZone} />
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">{s.sold}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{s.totalSeats}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{format.percent(s.sellThrough)}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{format.money(s.revenue)}</td>
            </tr>
          ))}
        </tbody>
      ))}
      <tfoot className="border-t-2 border-slate-300 font-semibold">
        <tr>
          <th scope="row" className="px-3 py-1.5">
            {t("all")}
          </th>
          <td className="px-3 py-1.5 text-right tabular-nums">{revenue.ticketsSold}</td>
          <td colSpan={2} />
          <td className="px-3 py-1.5 text-right tabular-nums">{format.money(revenue.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
