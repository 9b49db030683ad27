import Link from "next/link";
import { BookingsFilters } from "@/components/admin/bookings-filters";
import { BookingsTable } from "@/components/admin/bookings-table";
import { listBookings } from "@/lib/admin/list-bookings";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { bookingsQuerySchema } from "@/lib/validations/admin";

export const metadata = { title: "Bookings" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BookingsPage({ searchParams }: { searchParams: Search }) {
  await requireStaffPage("/admin/bookings");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = bookingsQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : bookingsQuerySchema.parse({});
  const { cursor, limit, sort, ...filter } = query;
  const [concerts, page] = await Promise.all([listConcertOptions(), listBookings(filter, { cursor, limit, sort })]);
  const params = new URLSearchParams(
    Object.entries({ ...filter, sort }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const next = page.nextCursor ? `/admin/bookings?${new URLSearchParams([...params, ["cursor", page.nextCursor]])}` : null;
  return (
    <main className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bookings</h1>
        <a
          href={`/api/v1/admin/bookings/export?${params}`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
          download
        >
          Export CSV
        </a>
      </div>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-700">
          Some filters were not valid and were ignored.
        </p>
      )}
      <BookingsFilters concerts={concerts} query={query} />
      <BookingsTable
        items={page.items}
        caption={`Bookings${cursor ? " (continued)" : ""}, ${sort === "desc" ? "newest" : "oldest"} first — ${page.items.length} shown`}
      />
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {cursor && (
          <Link href={`/admin/bookings?${params}`} className="text-brand-600 underline">
            First page
          </Link>
        )}
        {next && (
          <Link href={next} className="text-brand-600 underline">
            Next page
          </Link>
        )}
      </nav>
    </main>
  );
}
