"use client";

import { useCallback, useSyncExternalStore } from "react";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import type { DateStyle } from "@/lib/format";
import { useFormat } from "@/lib/format/use-format";

const subscribe = () => () => {};
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The viewer's device zone after hydration, null on the server and in the
 * first render (the server cannot know it, and both renders must agree).
 */
function useViewerZone(): string | null {
  return useSyncExternalStore(subscribe, viewerZone, () => null);
}

/**
 * A time as it is at the venue (Asia/Seoul unless the venue says otherwise),
 * in the page's language. A viewer whose device is in another zone also sees
 * which zone it is ("19:00 한국 시간"), added after hydration because the
 * server cannot know the viewer's zone.
 */
export function VenueTime({
  iso,
  style = "full",
  zone = DEFAULT_TIME_ZONE,
  className,
}: {
  iso: string;
  style?: DateStyle;
  zone?: string;
  className?: string;
}) {
  const format = useFormat();
  const viewer = useViewerZone();
  return (
    <time dateTime={iso} className={className} data-zone={zone}>
      {format.date(iso, style, zone)}
      {viewer && viewer !== zone ? <span className="text-[0.85em] font-normal text-slate-500"> ({format.zone(zone, iso)})</span> : null}
    </time>
  );
}

/**
 * The same as text, for times inside a sentence or an <option>: "12월 9일 (수) 19:00",
 * with " (한국 시간)" when the viewer's device is in another zone.
 */
export function useVenueDate(): (iso: string, style: DateStyle, zone: string) => string {
  const format = useFormat();
  const viewer = useViewerZone();
  return useCallback(
    (iso, style, zone) => `${format.date(iso, style, zone)}${viewer && viewer !== zone ? ` (${format.zone(zone, iso)})` : ""}`,
    [format, viewer],
  );
}
