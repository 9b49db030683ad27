import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("concerts.home");
  return (
    <div role="status" aria-label={t("loading")}>
      <Skeleton className="mb-3 h-4 w-40" />
      <Skeleton className="mb-8 h-12 w-full max-w-2xl" />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="aspect-[3/5] w-full rounded-2xl" />
        ))}
      </div>
    </div>
  );
}
