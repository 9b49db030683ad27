import { useTranslations } from "next-intl";
import { ButtonLink } from "../ui/button";

export function NotFoundPanel({ title, children }: { title?: string; children?: React.ReactNode }) {
  const t = useTranslations("states.notFound");
  return (
    <div className="mx-auto max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-1 text-xl font-bold">{title ?? t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{children ?? t("body")}</p>
      <div className="mt-6 flex justify-center">
        <ButtonLink href="/">{t("browse")}</ButtonLink>
      </div>
    </div>
  );
}
