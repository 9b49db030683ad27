import type { useTranslations } from "next-intl";
import type { Formatter } from "@/lib/format";
import type { SeatView } from "@/lib/validations/catalogue";

/**
 * Tier colours; every seat also carries its state as a symbol and in its
 * accessible name. White 12px labels need 4.5:1 (WCAG AA): violet-500 gave
 * 4.2:1 and sky-500 2.8:1 (axe, e2e/accessibility.spec.ts), so those tiers
 * use the 700 shades, and hover goes lighter only to the 600 shade.
 */
export const TIER_STYLE: Record<string, { swatch: string; seat: string }> = {
  VIP: { swatch: "bg-amber-400", seat: "bg-amber-400 text-amber-950 hover:bg-amber-300" },
  R: { swatch: "bg-violet-700", seat: "bg-violet-700 text-white hover:bg-violet-600" },
  S: { swatch: "bg-sky-700", seat: "bg-sky-700 text-white hover:bg-sky-800" },
};

const FALLBACK = { swatch: "bg-slate-600", seat: "bg-slate-600 text-white hover:bg-slate-700" };

export function tierStyle(tier: string) {
  return TIER_STYLE[tier] ?? FALLBACK;
}

type SeatsT = ReturnType<typeof useTranslations<"seats">>;
const KNOWN_TIERS = ["VIP", "R", "S"] as const;

/** The grade as fans say it: "VIP석" / "R석" / "S석" in Korean, "VIP" / "R" / "S" in English. */
export function tierName(tier: string, t: SeatsT): string {
  const known = KNOWN_TIERS.find((k) => k === tier);
  return known ? t(`tiers.${known}`) : t("tiers.other");
}

export type SeatState = "available" | "mine" | "held" | "sold";

export function seatState(seat: SeatView): SeatState {
  if (seat.heldByMe) return "mine";
  if (seat.status === "AVAILABLE") return "available";
  return seat.status === "SOLD" ? "sold" : "held";
}

/** "좌석 A-1, VIP석, 165,000원, 선택 가능" / "Seat A-1, VIP, ₩165,000, available" */
export function seatAccessibleName(seat: SeatView, t: SeatsT, format: Formatter): string {
  return t("seatName", {
    label: seat.label,
    tier: tierName(seat.tier, t),
    price: format.money(seat.price),
    state: t(`states.${seatState(seat)}`),
  });
}
