import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...rest }: ComponentProps<"section">) {
  return <section className={cn("rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6", className)} {...rest} />;
}

export function CardTitle({ className, ...rest }: ComponentProps<"h2">) {
  return <h2 className={cn("text-lg font-semibold tracking-tight text-slate-900", className)} {...rest} />;
}
