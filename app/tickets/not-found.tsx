import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/states/not-found-panel";

export default function NotFound() {
  const t = useTranslations("tickets.notFound");
  return <NotFoundPanel title={t("title")}>{t("body")}</NotFoundPanel>;
}
