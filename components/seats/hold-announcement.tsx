"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { shouldAnnounceHold } from "@/lib/ui/hold-announcement";

/** The live region that tells screen-reader users how long a hold has left, at a few milestones only. */
export function HoldAnnouncement({ leftMs, seatLabel }: { leftMs: number; seatLabel: string }) {
  const t = useTranslations("holds");
  const format = useFormat();
  return (
    <span className="sr-only" aria-live="polite">
      {shouldAnnounceHold(leftMs) ? t("announce", { label: seatLabel, time: format.countdown(leftMs) }) : ""}
    </span>
  );
}
