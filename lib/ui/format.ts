/**
 * Display formatting shared by pages and components. Money is whole won with
 * Korean grouping (₩110,000) whatever the viewer's locale, so prices read the
 * same everywhere; dates follow the viewer's locale and time zone.
 */
const won = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW", maximumFractionDigits: 0 });

export function formatWon(amount: number): string {
  return won.format(amount);
}

/** "+₩50,000" / "−₩99,000" for ledger rows. */
export function formatSignedWon(amount: number): string {
  if (amount === 0) return formatWon(0);
  return `${amount > 0 ? "+" : "−"}${formatWon(Math.abs(amount))}`;
}

export type DateStyle = "full" | "date" | "time" | "short";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
  date: { weekday: "short", year: "numeric", month: "short", day: "numeric" },
  time: { hour: "numeric", minute: "2-digit" },
  short: { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
};

/** Formats an ISO instant; `locale`/`timeZone` undefined means the runtime's own (the viewer's, in a browser). */
export function formatDate(iso: string, style: DateStyle = "full", locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone }).format(new Date(iso));
}

/** 4:05 — minutes and seconds left, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, "0")}`;
}

/** "about 3 minutes" for queue estimates. */
export function formatWait(seconds: number): string {
  if (seconds <= 0) return "any moment now";
  if (seconds < 60) return "less than a minute";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `about ${hours} h ${rest} min`;
}
