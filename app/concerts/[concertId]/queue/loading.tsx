import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("states.loadingPages");
  return (
    <div role="status" aria-label={t("waitingRoom")} className="mx-auto max-w-xl space-y-4">
      <Skeleton className="h-9 w-48" />
      <Skeleton className="h-5 w-80 max-w-full" />
      <Skeleton className="h-[30rem] w-full rounded-2xl" />
    </div>
  );
}
