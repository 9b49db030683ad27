import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConcertForm } from "@/components/admin/catalogue/concert-form";
import { ScheduleForm } from "@/components/admin/catalogue/schedule-form";
import { listCatalogue } from "@/lib/admin/list-catalogue";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { formatterFor } from "@/lib/format";
import type { Locale } from "@/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

type Props = { params: Promise<{ concertId: string }> };

/** One concert: edit its texts and zone, see its dates, add one with a seat layout. */
export default async function ConcertAdminPage({ params }: Props) {
  const { concertId } = await params;
  await requireStaffPage(`/admin/concerts/${encodeURIComponent(concertId)}`);
  const [[concert], t, locale] = await Promise.all([listCatalogue(concertId), getTranslations("catalogue"), getLocale()]);
  if (!concert) notFound();
  const format = formatterFor(locale as Locale);
  const title = (locale === "en" && concert.titleEn) || concert.title;
  return (
    <div className="space-y-6">
      <Link href="/admin/concerts" className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
        {t("concert.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("concert.editHeading", { title })}</h1>
      <section aria-labelledby="concert-texts" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="concert-texts" className="mb-3 text-lg font-semibold">
          {t("concert.editForm")}
        </h2>
        <ConcertForm concert={concert} />
      </section>
      <section aria-labelledby="concert-dates" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="concert-dates" className="mb-3 text-lg font-semibold">
          {t("schedule.heading")}
        </h2>
        {concert.schedules.length === 0 ? <p className="mb-3 text-sm text-slate-600">{t("schedule.none")}</p> : null}
        <ul aria-label={t("schedule.heading")} className="mb-4 space-y-1 text-sm">
          {concert.schedules.map((s) => (
            <li key={s.id}>
              {format.date(s.startsAt, "full", concert.timeZone)} · {t("schedule.seats", { count: s.totalSeats })}
            </li>
          ))}
        </ul>
        <h3 className="mb-2 font-semibold">{t("schedule.form")}</h3>
        <ScheduleForm concertId={concert.id} timeZone={concert.timeZone} />
      </section>
    </div>
  );
}
