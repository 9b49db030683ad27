import { useTranslations } from "next-intl";

export default function AdminLoading() {
  const t = useTranslations("staff");
  return (
    <p role="status" className="text-sm text-slate-500">
      {t("loading")}
    </p>
  );
}
