import type { SeatView } from "@/lib/validations/catalogue";
import { formatWon } from "@/lib/ui/format";

/** Tier colours; every seat also carries its state as a symbol and in its accessible name. */
export const TIER_STYLE: Record<string, { swatch: string; seat: string; name: string }> = {
  VIP: { swatch: "bg-amber-400", seat: "bg-amber-400 text-amber-950 hover:bg-amber-300", name: "VIP" },
  R: { swatch: "bg-violet-500", seat: "bg-violet-500 text-white hover:bg-violet-400", name: "R" },
  S: { swatch: "bg-sky-500", seat: "bg-sky-500 text-white hover:bg-sky-400", name: "S" },
};

const FALLBACK = { swatch: "bg-slate-500", seat: "bg-slate-500 text-white hover:bg-slate-400", name: "Standard" };

export function tierStyle(tier: string) {
  return TIER_STYLE[tier] ?? FALLBACK;
}

export type SeatState = "available" | "mine" | "held" | "sold";

export function seatState(seat: SeatView): SeatState {
  if (seat.heldByMe) return "mine";
  if (seat.status === "AVAILABLE") return "available";
  return seat.status === "SOLD" ? "sold" : "held";
}

const STATE_WORDS: Record<SeatState, string> = {
  available: "available",
  mine: "held by you",
  held: "taken, held by another fan",
  sold: "sold",
};

/** "Seat A-1, VIP, ₩165,000, available" */
export function seatAccessibleName(seat: SeatView): string {
  return `Seat ${seat.label}, ${tierStyle(seat.tier).name}, ${formatWon(seat.price)}, ${STATE_WORDS[seatState(seat)]}`;
}
