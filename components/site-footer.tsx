import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-xs text-slate-500 sm:px-6">
        <p>{t("tagline")}</p>
        <p>{t("pricesNote")}</p>
      </div>
    </footer>
  );
}
