import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BookingsFilters } from "@/components/admin/bookings-filters";
import { BookingsTable } from "@/components/admin/bookings-table";
import { listBookings } from "@/lib/admin/list-bookings";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { bookingsQuerySchema } from "@/lib/validations/admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("bookings.title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BookingsPage({ searchParams }: { searchParams: Search }) {
  await requireStaffPage("/admin/bookings");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = bookingsQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : bookingsQuerySchema.parse({});
  const { cursor, limit, sort, ...filter } = query;
  const [concerts, page, t] = await Promise.all([
    listConcertOptions(),
    listBookings(filter, { cursor, limit, sort }),
    getTranslations("staff.bookings"),
  ]);
  const params = new URLSearchParams(
    Object.entries({ ...filter, sort }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const next = page.nextCursor ? `/admin/bookings?${new URLSearchParams([...params, ["cursor", page.nextCursor]])}` : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <a
          href={`/api/v1/admin/bookings/export?${params}`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
          download
        >
          {t("export")}
        </a>
      </div>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-700">
          {t("invalidFilters")}
        </p>
      )}
      <BookingsFilters concerts={concerts} query={query} />
      <BookingsTable items={page.items} caption={t("caption", { continued: cursor ? "yes" : "no", sort, count: page.items.length })} />
      <nav aria-label={t("pages")} className="flex gap-3 text-sm">
        {cursor && (
          <Link href={`/admin/bookings?${params}`} className="text-brand-600 underline">
            {t("first")}
          </Link>
        )}
        {next && (
          <Link href={next} className="text-brand-600 underline">
            {t("next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
