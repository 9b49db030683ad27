import Link from "next/link";
import { useTranslations } from "next-intl";

export default function AdminNotFound() {
  const t = useTranslations("staff.notFound");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("body")}</p>
      <Link href="/admin" className="mt-3 inline-block text-sm text-brand-600 underline">
        {t("back")}
      </Link>
    </div>
  );
}
