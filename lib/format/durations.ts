import type { Locale } from "@/i18n/config";

/** "4:05" — minutes and seconds left on a timer, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${(total % 60).toString().padStart(2, "0")}`;
}

/** "7분 56초" / "7 min 56 s", "1시간 5분" / "1 h 5 min"; null is "—". */
export function formatDuration(seconds: number | null, locale: Locale): string {
  if (seconds === null) return "—";
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const ko = locale === "ko";
  if (h > 0) return ko ? `${h}시간 ${m}분` : `${h} h ${m} min`;
  if (m > 0) return ko ? `${m}분 ${r}초` : `${m} min ${r} s`;
  return ko ? `${r}초` : `${r} s`;
}

/** "3분 남음" / "3 min left" (under a minute: "45초 남음" / "45 s left"). */
export function formatRemaining(ms: number, locale: Locale): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.ceil(seconds / 60);
  if (locale === "ko") return seconds < 60 ? `${seconds}초 남음` : `${minutes}분 남음`;
  return seconds < 60 ? `${seconds} s left` : `${minutes} min left`;
}

/** A queue estimate: "곧" / "any moment now", "1분 이내" / "less than a minute", "약 3분" / "about 3 minutes". */
export function formatWait(seconds: number, locale: Locale): string {
  const ko = locale === "ko";
  if (seconds <= 0) return ko ? "곧" : "any moment now";
  if (seconds < 60) return ko ? "1분 이내" : "less than a minute";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return ko ? `약 ${minutes}분` : `about ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return ko ? `약 ${h}시간 ${m}분` : `about ${h} h ${m} min`;
}
