import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("concerts.detail");
  return (
    <div role="status" aria-label={t("loading")} className="grid gap-8 lg:grid-cols-[minmax(0,20rem)_1fr] lg:gap-12">
      <Skeleton className="mx-auto aspect-[3/4] w-full max-w-xs rounded-xl lg:max-w-none" />
      <div className="space-y-4">
        <Skeleton className="h-4 w-32" />
        <Skeleton className="h-10 w-3/4" />
        <Skeleton className="h-5 w-1/2" />
        <Skeleton className="h-20 w-full" />
        <Skeleton className="h-48 w-full rounded-2xl" />
      </div>
    </div>
  );
}
