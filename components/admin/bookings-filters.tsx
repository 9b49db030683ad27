import Link from "next/link";
import type { ConcertOption } from "@/lib/admin/list-concert-options";
import type { BookingsQuery } from "@/lib/validations/admin";
import { formatDate } from "./format";

const STATUSES = ["HELD", "CONFIRMED", "EXPIRED", "CANCELLED"] as const;
const field = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and exported. */
export function BookingsFilters({ concerts, query }: { concerts: ConcertOption[]; query: BookingsQuery }) {
  return (
    <form method="get" action="/admin/bookings" role="search" aria-label="Filter bookings" className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">Search</span>
        <input name="q" defaultValue={query.q ?? ""} placeholder="Email, name or seat" className={`${field} w-56`} />
      </label>
      <label className="text-sm">
        <span className="block font-medium">Concert</span>
        <select name="concertId" defaultValue={query.concertId ?? ""} className={field}>
          <option value="">All concerts</option>
          {concerts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Date</span>
        <select name="scheduleId" defaultValue={query.scheduleId ?? ""} className={field}>
          <option value="">All dates</option>
          {concerts.map((c) => (
            <optgroup key={c.id} label={c.title}>
              {c.schedules.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDate(s.startsAt)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">Order</span>
        <select name="sort" defaultValue={query.sort} className={field}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </label>
      <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">Apply</button>
      <Link href="/admin/bookings" className="py-1.5 text-sm text-slate-600 underline">
        Clear
      </Link>
    </form>
  );
}
