"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

type Edges = { more: "none" | "start" | "end" | "both" };

/** Which sides of a sideways-scrolling box still hide content. */
function hiddenSides(el: HTMLElement): Edges["more"] {
  const start = el.scrollLeft > 1;
  const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  return start && end ? "both" : start ? "start" : end ? "end" : "none";
}

// The edge that hides more pills fades out, the usual hint that a row of chips scrolls.
const FADE: Record<Edges["more"], string> = {
  none: "",
  end: "[mask-image:linear-gradient(to_right,black_calc(100%-3rem),transparent)]",
  start: "[mask-image:linear-gradient(to_left,black_calc(100%-3rem),transparent)]",
  both: "[mask-image:linear-gradient(to_right,transparent,black_3rem,black_calc(100%-3rem),transparent)]",
};

/**
 * A row of pills (dates, filters) that scrolls sideways on a phone. Where
 * pills are cut off at the screen edge, that edge fades, so the fan sees
 * there is more; a keyboard user reaches the hidden pills with Tab as usual
 * (the browser scrolls them into view).
 */
export function ScrollRow({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<Edges["more"]>("none");
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setMore(hiddenSides(el));
    update();
    el.addEventListener("scroll", update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      resized.disconnect();
    };
  }, []);
  return (
    <div ref={ref} data-testid="scroll-row" data-more={more} className={cn("overflow-x-auto", FADE[more], className)}>
      {children}
    </div>
  );
}
