import { cn } from "./cn";

/** A placeholder with the size of the content it stands for, so nothing jumps when data arrives. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-lg bg-slate-200/80", className)} />;
}
