"use client";

import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";
import { catalogues } from "@/messages";

/**
 * The last resort when the root layout itself failed: no next-intl provider
 * is left, so it reads the catalogue of the language the page was in.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const t = catalogues[locale].states.global;
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>{t.title}</h1>
        <p>{t.body}</p>
        <button type="button" onClick={reset} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
          {t.retry}
        </button>
      </body>
    </html>
  );
}
