import { INTL_TAG, type Locale } from "@/i18n/config";

/** 12,345 — a count with the locale's grouping (the words around it come from the message catalogue). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 0 }).format(value);
}

/** 0.427 → "43%". */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}
