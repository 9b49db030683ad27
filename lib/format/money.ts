import { INTL_TAG, type Locale } from "@/i18n/config";

/**
 * Won as fans read them: "165,000원" in Korean, "₩165,000" in English.
 * Amounts are whole won everywhere in StagePass; a fraction or NaN here is a
 * bug upstream, so it is refused rather than shown.
 */
const grouping = new Intl.NumberFormat(INTL_TAG.ko, { maximumFractionDigits: 0 });

/** U+2212, the one minus sign money uses (never a hyphen). */
export const MINUS = "\u2212";

function magnitude(amount: number, locale: Locale): string {
  const digits = grouping.format(Math.abs(amount));
  return locale === "ko" ? `${digits}원` : `₩${digits}`;
}

export function formatMoney(amount: number, locale: Locale): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`formatMoney expects a whole number of won, got ${amount}`);
  return `${amount < 0 ? MINUS : ""}${magnitude(amount, locale)}`;
}

/** A ledger amount with its direction: "+50,000원" in, "−99,000원" out, "0원" for nothing. */
export function formatSignedMoney(amount: number, locale: Locale): string {
  if (amount > 0) return `+${formatMoney(amount, locale)}`;
  return formatMoney(amount, locale);
}

/** Axis labels: "17만원" / "₩165K". */
export function formatCompactMoney(amount: number, locale: Locale): string {
  // Intl writes a hyphen for negatives; money's one minus sign is U+2212, here too.
  const compact = new Intl.NumberFormat(INTL_TAG[locale], { notation: "compact", maximumFractionDigits: 1 }).format(Math.abs(amount));
  const sign = amount < 0 ? MINUS : "";
  return locale === "ko" ? `${sign}${compact}원` : `${sign}₩${compact}`;
}
