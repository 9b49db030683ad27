import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { cn } from "../ui/cn";

/**
 * StagePass's cancellation and refund policy (the default Korean fee
 * schedule), shown on checkout before Pay and on the receipt. `flatFee` is
 * the fixed fee per ticket in won when the caller knows it.
 */
export function CancellationPolicy({ flatFee, className }: { flatFee?: number; className?: string }) {
  const t = useTranslations("policy");
  const format = useFormat();
  const rows = [
    ["grace", t("fees.none")],
    ["flat", flatFee === undefined ? t("fees.flatUnknown") : t("fees.flat", { fee: format.money(flatFee) })],
    ["d9", t("fees.percent", { percent: 10 })],
    ["d6", t("fees.percent", { percent: 20 })],
    ["d2", t("fees.percent", { percent: 30 })],
    ["day", t("fees.noCancel")],
  ] as const;
  return (
    <section aria-labelledby="cancellation-policy-title" className={cn("text-sm", className)} data-testid="cancellation-policy">
      <h2 id="cancellation-policy-title" className="font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
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
          {rows.map(([key, fee]) => (
            <tr key={key}>
              <td className="py-1.5 pr-3 text-slate-700">{t(`rows.${key}`)}</td>
              <td className="py-1.5 font-medium text-slate-900">{fee}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">{t("note")}</p>
    </section>
  );
}
