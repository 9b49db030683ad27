import { useFormat } from "@/lib/format/use-format";
import { cn } from "./cn";

/** An amount in won ("165,000원" / "₩165,000"), tabular so columns and live updates do not jitter. */
export function Money({ amount, signed = false, className }: { amount: number; signed?: boolean; className?: string }) {
  const format = useFormat();
  return <span className={cn("tabular-nums", className)}>{signed ? format.signedMoney(amount) : format.money(amount)}</span>;
}
