import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./config";

/**
 * The locale of a request: the language switch's cookie when it names a
 * locale we have, else the best match for Accept-Language, else Korean.
 */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  // "*" and malformed tags make the matcher throw; they mean "anything", i.e. the default.
  const usable = requested.filter((tag) => tag !== "*" && isValidTag(tag));
  if (usable.length === 0) return DEFAULT_LOCALE;
  const best = match(usable, LOCALES, DEFAULT_LOCALE);
  return isLocale(best) ? best : DEFAULT_LOCALE;
}

function isValidTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}
