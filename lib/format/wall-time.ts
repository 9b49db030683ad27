/**
 * Staff type a concert's start as the venue's wall-clock time
 * (datetime-local, "2026-12-20T19:00"); the API stores instants. These two
 * convert between them in the venue's zone, whatever zone the browser is in.
 */

/** The zone's offset from UTC at an instant, in ms (Seoul: +9 h). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-20T19:00" in `timeZone` → the instant as ISO 8601 UTC; null when the text is not such a time. */
export function wallTimeToInstant(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Twice: the first guess may sit on the other side of a DST change.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The instant as the zone's wall-clock time for a datetime-local field ("2026-12-20T19:00"), to the minute. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 16);
}
