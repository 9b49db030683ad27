"use client";

import { useTranslations } from "next-intl";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("staff.error");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h2 className="font-semibold text-red-800">{t("title")}</h2>
      <p className="mt-1 text-sm text-red-700">
        {t("body")} {error.digest ? t("reference", { digest: error.digest }) : ""}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-red-700 px-3 py-1.5 text-sm text-white">
        {t("retry")}
      </button>
    </div>
  );
}
