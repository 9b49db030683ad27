import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConcertForm } from "@/components/admin/catalogue/concert-form";
import { listCatalogue } from "@/lib/admin/list-catalogue";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

/** The staff catalogue: every concert with its dates, and a form for a new one. */
export default async function CataloguePage() {
  await requireStaffPage("/admin/concerts");
  const [concerts, t, locale] = await Promise.all([listCatalogue(), getTranslations("catalogue"), getLocale()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <section aria-labelledby="new-concert" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-concert" className="mb-3 text-lg font-semibold">
          {t("concert.create")}
        </h2>
        <ConcertForm />
      </section>
      <section aria-labelledby="concert-list">
        <h2 id="concert-list" className="mb-2 text-lg font-semibold">
          {t("list.heading")}
        </h2>
        {concerts.length === 0 ? <p className="text-sm text-slate-600">{t("list.none")}</p> : null}
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {concerts.map((c) => {
            // The English rendering for English readers; empty falls back to the Korean title.
            const title = (locale === "en" && c.titleEn) || c.title;
            return (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <span className="font-medium">{title}</span>{" "}
                  <span className="text-sm text-slate-600">· {t("list.dates", { count: c.schedules.length })}</span>
                </span>
                <Link href={`/admin/concerts/${c.id}`} className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {t("list.edit", { title })}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
