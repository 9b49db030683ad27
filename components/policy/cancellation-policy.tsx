import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import type { CancelQuote } from "@/lib/validations/tickets";
import { cn } from "../ui/cn";

type FeeSchedule = CancelQuote["schedule"];

/** The table's rows, from the configured schedule (lib/env.ts CANCEL_*): the same one the fee is computed from. */
function useRows(schedule: FeeSchedule): [string, string][] {
  const t = useTranslations("policy");
  const format = useFormat();
  const until = (schedule.bands[0]?.fromDays ?? 0) + 1;
  const rows: [string, string][] = [];
  if (schedule.freeDays > 0) rows.push([t("rows.grace", { days: schedule.freeDays, until }), t("fees.none")]);
  rows.push([t("rows.flat", { next: schedule.freeDays + 1, until }), t("fees.flat", { fee: format.money(schedule.flatFee) })]);
  schedule.bands.forEach((band, i) => {
    const to = Math.max(schedule.closesDaysBefore, (schedule.bands[i + 1]?.fromDays ?? schedule.closesDaysBefore - 1) + 1);
    if (band.fromDays < schedule.closesDaysBefore) return;
    const when = to === band.fromDays ? t("rows.bandOne", { from: to }) : t("rows.band", { from: band.fromDays, to });
    rows.push([when, t("fees.percent", { percent: band.percent })]);
  });
  const closed = schedule.closesDaysBefore <= 1 ? t("rows.day") : t("rows.closes", { days: schedule.closesDaysBefore });
  rows.push([closed, t("fees.noCancel")]);
  return rows;
}

/**
 * StagePass's cancellation and refund policy: the configured fee schedule,
 * shown on checkout before Pay, on the receipt and on the ticket, and, when
 * the caller has a quote, the exact amount the fan would get back today.
 */
export function CancellationPolicy({ schedule, quote, className }: { schedule: FeeSchedule; quote?: CancelQuote; className?: string }) {
  const t = useTranslations("policy");
  const format = useFormat();
  const rows = useRows(schedule);
  return (
    <section aria-labelledby="cancellation-policy-title" className={cn("text-sm", className)} data-testid="cancellation-policy">
      <h2 id="cancellation-policy-title" className="font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {quote ? (
        <p className="mt-2 rounded-lg bg-slate-100 px-3 py-2 font-medium text-slate-900" data-testid="refund-today">
          {quote.cancellable && quote.refund !== null && quote.fee !== null
            ? t("today.refund", { refund: format.money(quote.refund), fee: format.money(quote.fee) })
            : t("today.closed")}
        </p>
      ) : null}
      <table className="mt-3 w-full text-left">
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("headers.when")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("headers.fee")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(([when, fee]) => (
            <tr key={when}>
              <td className="py-1.5 pr-3 text-slate-700">{when}</td>
              <td className="py-1.5 font-medium text-slate-900">{fee}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">{t("note", { until: (schedule.bands[0]?.fromDays ?? 0) + 1, days: schedule.freeDays })}</p>
    </section>
  );
}
