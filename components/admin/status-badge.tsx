import { useTranslations } from "next-intl";

const TONES: Record<string, string> = {
  HELD: "bg-amber-100 text-amber-900",
  CONFIRMED: "bg-green-100 text-green-900",
  SOLD: "bg-green-100 text-green-900",
  EXPIRED: "bg-slate-200 text-slate-700",
  CANCELLED: "bg-red-100 text-red-900",
  AVAILABLE: "bg-slate-100 text-slate-700",
};

const KNOWN = ["HELD", "CONFIRMED", "SOLD", "EXPIRED", "CANCELLED", "AVAILABLE"] as const;

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("staff.status");
  const known = KNOWN.find((k) => k === status);
  return <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${TONES[status] ?? ""}`}>{known ? t(known) : status}</span>;
}
