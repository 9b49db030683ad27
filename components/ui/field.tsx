import type { ComponentProps } from "react";
import { cn } from "./cn";

interface FieldProps extends ComponentProps<"input"> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

/** Labelled input with its hint and its error next to it (announced politely). */
export function Field({ label, name, error, hint, className, id, ...rest }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = `${inputId}-error`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className={cn(
          "h-11 rounded-lg bg-white px-3 text-base text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400",
          "focus:outline-none focus:ring-2 focus:ring-brand-500",
          error && "ring-red-400",
        )}
        {...rest}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="polite" className="min-h-4 text-xs font-medium text-red-700">
        {error ?? ""}
      </p>
    </div>
  );
}
