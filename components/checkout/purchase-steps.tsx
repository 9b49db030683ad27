import { useTranslations } from "next-intl";
import { cn } from "../ui/cn";

const STEPS = ["date", "seats", "pay", "done"] as const;
export type PurchaseStep = (typeof STEPS)[number];

/** Where the fan is in a purchase: 날짜/회차 → 좌석 → 결제 → 완료 (Date → Seats → Payment → Done). */
export function PurchaseSteps({ current }: { current: PurchaseStep }) {
  const t = useTranslations("steps");
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t("label")} className="mb-4 print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="purchase-steps">
        {STEPS.map((step, i) => (
          <li key={step} className="flex items-center gap-2">
            <span
              aria-current={i === at ? "step" : undefined}
              className={cn(
                "rounded-full px-3 py-1 font-medium",
                i === at && "bg-brand-600 text-white",
                i < at && "bg-brand-50 text-brand-700",
                i > at && "bg-slate-100 text-slate-600",
              )}
            >
              <span aria-hidden="true">{i + 1}. </span>
              {t(step)}
            </span>
            {i < STEPS.length - 1 ? (
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
