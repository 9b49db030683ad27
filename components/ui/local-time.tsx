"use client";

import { useSyncExternalStore } from "react";
import { formatDate, type DateStyle } from "@/lib/ui/format";

const subscribe = () => () => {};

/**
 * A date in the viewer's own locale and time zone. The server cannot know
 * them, so it renders the venue's time (Seoul) in English and the browser
 * swaps in the viewer's format after hydration without a mismatch.
 */
export function LocalTime({ iso, style = "full", className }: { iso: string; style?: DateStyle; className?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => formatDate(iso, style),
    () => formatDate(iso, style, "en-GB", "Asia/Seoul"),
  );
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
