import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A box that scrolls sideways on narrow screens (wide tables on a phone). It
 * is focusable and named, so keyboard users can scroll it too (WCAG 2.1.1;
 * axe scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn("overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500", className)}
    >
      {children}
    </div>
  );
}
