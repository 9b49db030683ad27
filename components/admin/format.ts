/** Display helpers for the staff console. Times are shown in Seoul time, where the shows are. */
const won = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" });
const dateTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Seoul", dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Seoul", weekday: "short", day: "numeric", month: "short" });

export const formatWon = (amount: number) => won.format(amount);
export const formatDateTime = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : "—");
export const formatDate = (iso: string) => dateOnly.format(new Date(iso));
export const formatPercent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m ${seconds % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

const timeOnly = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Seoul", timeStyle: "medium" });
export const formatTime = (at: string | number) => timeOnly.format(new Date(at));
