"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, ButtonLink } from "../ui/button";

/** The body of every error.tsx: plain words, a retry, and a way home. */
export function RouteError({ error, reset, title }: { error: Error & { digest?: string }; reset: () => void; title?: string }) {
  const t = useTranslations("states.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-bold">{title ?? t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {t("body")}
        {error.digest ? <span className="mt-2 block text-xs text-slate-400">{t("reference", { digest: error.digest })}</span> : null}
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>{t("retry")}</Button>
        <ButtonLink href="/" variant="secondary">
          {t("home")}
        </ButtonLink>
      </div>
    </div>
  );
}
