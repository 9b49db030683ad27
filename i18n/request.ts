/**
 * next-intl's per-request configuration (App Router, no locale in the URL):
 * the locale from the cookie or Accept-Language, every namespace's messages,
 * and Seoul as the zone for next-intl's own date formatting.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "@/messages";
import { DEFAULT_TIME_ZONE, LOCALE_COOKIE } from "./config";
import { resolveLocale } from "./resolve-locale";

export default getRequestConfig(async () => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
  return { locale, messages: catalogues[locale], timeZone: DEFAULT_TIME_ZONE };
});
