import Link from "next/link";
import { LiveStats } from "@/components/admin/live-stats";
import { formatDate } from "@/components/admin/format";
import { getStats } from "@/lib/admin/get-stats";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export const metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  await requireStaffPage("/admin");
  const [stats, concerts] = await Promise.all([getStats(), listConcertOptions()]);
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">Overview</h1>
      <LiveStats initial={stats} />
      <section aria-labelledby="find-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="find-heading" className="font-semibold">
          Find a booking
        </h2>
        <form action="/admin/bookings" method="get" role="search" className="mt-2 flex gap-2">
          <label htmlFor="overview-q" className="sr-only">
            Email, name or seat
          </label>
          <input
            id="overview-q"
            name="q"
            placeholder="Email, name, seat label or number"
            className="w-full max-w-md rounded border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">Search</button>
        </form>
      </section>
      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="font-semibold">
          Seat maps by date
        </h2>
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {concerts.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-medium">{c.title}</p>
              <p className="mt-1 flex flex-wrap gap-2 text-sm">
                {c.schedules.map((s) => (
                  <Link key={s.id} href={`/admin/occupancy?scheduleId=${s.id}`} className="text-brand-600 underline">
                    {formatDate(s.startsAt)}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
