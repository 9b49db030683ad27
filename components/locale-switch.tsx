"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, type Locale } from "@/i18n/config";

/**
 * The header's language switch: one button offering the other language. The
 * choice goes into a cookie (works signed out, kept for a year) and the page
 * re-renders on the server in the new language, URL unchanged.
 */
export function LocaleSwitch() {
  const t = useTranslations("common.languageSwitch");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next: Locale = locale === "ko" ? "en" : "ko";

  const choose = () => {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  };

  return (
    <button
      type="button"
      lang={next}
      onClick={choose}
      disabled={pending}
      data-testid="locale-switch"
      className="rounded-md px-2 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
    >
      {t("switchTo")}
    </button>
  );
}
