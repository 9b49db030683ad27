import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <Skeleton className="h-[28rem] w-full rounded-2xl" />;
}
