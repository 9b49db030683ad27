import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a signed-in fan sees on a staff page. */
export function AccessDenied() {
  const t = useTranslations("staff.denied");
  return (
    <div className="mx-auto max-w-xl p-10 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {t("back")}
      </Link>
    </div>
  );
}
