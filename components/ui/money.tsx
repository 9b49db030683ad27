import { formatSignedWon, formatWon } from "@/lib/ui/format";
import { cn } from "./cn";

/** An amount in won, tabular so columns and live updates do not jitter. */
export function Money({ amount, signed = false, className }: { amount: number; signed?: boolean; className?: string }) {
  return <span className={cn("tabular-nums", className)}>{signed ? formatSignedWon(amount) : formatWon(amount)}</span>;
}
