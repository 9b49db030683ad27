"use client";

import { useSyncExternalStore } from "react";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import type { DateStyle } from "@/lib/format";
import { useFormat } from "@/lib/format/use-format";

const subscribe = () => () => {};
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

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
  const differs = useSyncExternalStore(
    subscribe,
    () => viewerZone() !== zone,
    () => false,
  );
  return (
    <time dateTime={iso} className={className} data-zone={zone}>
      {format.date(iso, style, zone)}
      {differs ? <span className="text-[0.85em] font-normal text-slate-500"> ({format.zone(zone, iso)})</span> : null}
    </time>
  );
}
