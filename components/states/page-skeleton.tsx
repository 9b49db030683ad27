import { useTranslations } from "next-intl";
import { Skeleton } from "../ui/skeleton";

/** Generic loading state shaped like a page: title, then content blocks. */
export function PageSkeleton({ blocks = 3 }: { blocks?: number }) {
  const t = useTranslations("common");
  return (
    <div role="status" aria-label={t("loading")} className="space-y-6">
      <Skeleton className="h-9 w-2/3 max-w-md" />
      <Skeleton className="h-5 w-1/2 max-w-sm" />
      {Array.from({ length: blocks }, (_, i) => (
        <Skeleton key={i} className="h-32 w-full" />
      ))}
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
