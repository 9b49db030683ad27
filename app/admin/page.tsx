import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { VenueTime } from "@/components/ui/venue-time";
import { LiveStats } from "@/components/admin/live-stats";
import { getStats } from "@/lib/admin/get-stats";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { inLocale } from "@/lib/catalogue/in-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("overview.title") };
}

export default async function AdminOverviewPage() {
  await requireStaffPage("/admin");
  const [stats, concerts, t, locale] = await Promise.all([
    getStats(),
    listConcertOptions(),
    getTranslations("staff.overview"),
    getLocale(),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <LiveStats initial={stats} />
      <section aria-labelledby="find-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="find-heading" className="font-semibold">
          {t("find")}
        </h2>
        <form action="/admin/bookings" method="get" role="search" className="mt-2 flex gap-2">
          <label htmlFor="overview-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="overview-q"
            name="q"
            placeholder={t("searchPlaceholder")}
            className="w-full max-w-md rounded border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{t("search")}</button>
        </form>
      </section>
      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="font-semibold">
          {t("maps")}
        </h2>
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {concerts.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-medium">{inLocale(locale, c.title, c.titleEn)}</p>
              <p className="mt-1 flex flex-wrap gap-2 text-sm">
                {c.schedules.map((s) => (
                  <Link key={s.id} href={`/admin/occupancy?scheduleId=${s.id}`} className="text-brand-600 underline">
                    <VenueTime iso={s.startsAt} style="day" zone={c.timeZone} />
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
