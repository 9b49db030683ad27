"use client";

import { useTranslations } from "next-intl";
import { useVenueDate } from "../ui/venue-time";
import type { CheckInResult } from "@/lib/validations/tickets";
import { cn } from "../ui/cn";

export type Verdict = CheckInResult | { outcome: "TICKET_INVALID" };

const COLOUR: Record<Verdict["outcome"], string> = {
  ADMITTED: "bg-green-600 text-white",
  ALREADY_CHECKED_IN: "bg-amber-400 text-slate-950",
  VOID: "bg-red-700 text-white",
  WRONG_DATE: "bg-red-700 text-white",
  TICKET_INVALID: "bg-red-700 text-white",
};

/** The gate's answer, big enough to read at arm's length: a colour and a word, then the seat and holder. */
export function CheckInVerdict({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("tickets.gate");
  const venueDate = useVenueDate();
  let detail: string;
  if (verdict.outcome === "TICKET_INVALID") detail = t("invalid");
  else {
    const who = { seat: verdict.seat.label, name: verdict.holderName };
    if (verdict.outcome === "ADMITTED") detail = t("admitted", who);
    else if (verdict.outcome === "ALREADY_CHECKED_IN")
      detail = t("already", {
        ...who,
        time: verdict.checkIn ? venueDate(verdict.checkIn.checkedInAt, "seconds", verdict.timeZone) : "",
        gate: verdict.checkIn?.gate ?? t("noGate"),
        staff: verdict.checkIn?.staffName ?? "",
      });
    else if (verdict.outcome === "VOID") detail = t("void", who);
    else detail = t("wrongDate", { ...who, date: venueDate(verdict.startsAt, "short", verdict.timeZone) });
  }
  return (
    <div
      role="status"
      aria-live="assertive"
      className={cn("rounded-2xl p-6 text-center shadow-sm", COLOUR[verdict.outcome])}
      data-testid="check-in-verdict"
      data-outcome={verdict.outcome}
    >
      <p className="text-4xl font-black tracking-tight">{t(`outcome.${verdict.outcome}`)}</p>
      <p className="mt-2 text-lg font-medium">{detail}</p>
    </div>
  );
}
