import { ConcertCard, type ConcertCardData } from "@/components/concerts/concert-card";
import { EmptyState } from "@/components/ui/empty-state";
import { listConcerts } from "@/lib/catalogue/list-concerts";
import { listSchedulesFor } from "@/lib/catalogue/list-schedules";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTexts } from "@/lib/catalogue/concert-texts";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("concerts.home");
  const concerts = await listConcerts();
  const ids = concerts.map((c) => c.id);
  const [schedules, texts] = await Promise.all([listSchedulesFor(ids), concertTexts(ids, await getLocale())]);
  const cards: ConcertCardData[] = concerts.map((c) => {
    const own = schedules.filter((s) => s.concertId === c.id);
    const open = own.filter((s) => !s.soldOut);
    const shown = texts.get(c.id);
    return {
      ...c,
      ...(shown ? { title: shown.title, artist: shown.artist, venue: shown.venue, timeZone: shown.timeZone } : {}),
      dates: own.length,
      soldOut: own.length > 0 && open.length === 0,
      minPrice: open.length ? Math.min(...open.map((s) => s.minPrice)) : null,
    };
  });

  return (
    <>
      <section className="mb-8 sm:mb-12">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-600">{t("eyebrow")}</p>
        <h1 className="mt-2 max-w-2xl text-3xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-slate-600 sm:text-lg">{t("lead")}</p>
      </section>
      {cards.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("listLabel")}>
          {cards.map((c, i) => (
            <li key={c.id} className="flex">
              <div className="flex w-full">
                <ConcertCard concert={c} priority={i < 2} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
