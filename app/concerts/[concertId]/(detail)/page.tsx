import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTexts } from "@/lib/catalogue/concert-texts";
import { ScheduleList } from "@/components/concerts/schedule-list";
import { Poster } from "@/components/concerts/poster";
import { JoinQueueButton } from "@/components/queue/join-queue-button";
import { SaleCountdown } from "@/components/queue/sale-countdown";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { loadConcert } from "@/app/page-data";
import { getQueueStatus } from "@/lib/queue/get-queue-status";

type Params = Promise<{ concertId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { concertId } = await params;
  const concert = await loadConcert(concertId);
  const shown = (await concertTexts([concertId], await getLocale())).get(concertId) ?? concert;
  return { title: shown.title, description: shown.description };
}

export default async function ConcertPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { concertId } = await params;
  const query = await searchParams;
  const t = await getTranslations("concerts.detail");
  const loaded = await loadConcert(concertId);
  const shown = (await concertTexts([concertId], await getLocale())).get(concertId);
  const concert = shown ? { ...loaded, ...shown } : loaded;
  const open = concert.schedules.filter((s) => !s.soldOut);
  const soldOut = concert.schedules.length > 0 && open.length === 0;
  // A scheduled sale not yet open shows its countdown instead of the join button.
  const queue = await getQueueStatus(concertId);
  const scheduled = queue.phase !== "OPEN" && queue.salesOpenAt && queue.preQueueOpensAt ? queue : null;

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,20rem)_1fr] lg:gap-12">
      <div className="mx-auto w-full max-w-56 sm:max-w-xs lg:max-w-none">
        <Poster src={concert.posterUrl} title={concert.title} priority className="shadow-lg" />
      </div>
      <div className="min-w-0">
        {query.left ? (
          <Alert tone="info" className="mb-4">
            {t("left")}
          </Alert>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-600">{concert.artist}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{concert.title}</h1>
        <p className="mt-2 text-slate-600">{concert.venue}</p>
        {soldOut ? (
          <Badge tone="danger" className="mt-3">
            {t("soldOut")}
          </Badge>
        ) : null}
        <p className="mt-5 max-w-prose leading-relaxed text-slate-700">{concert.description}</p>

        {open.length > 0 && scheduled ? (
          <SaleCountdown
            concertId={concert.id}
            salesOpenAt={scheduled.salesOpenAt!}
            preQueueOpensAt={scheduled.preQueueOpensAt!}
            serverNow={Date.parse(scheduled.updatedAt)}
            timeZone={shown?.timeZone}
          />
        ) : null}
        {open.length > 0 && !scheduled ? (
          <div className="mt-6 flex flex-col gap-3 rounded-2xl bg-brand-50 p-4 ring-1 ring-brand-100 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1 text-sm text-brand-700">
              <p className="font-semibold">{t("queueTitle")}</p>
              <p>{t("queueBody")}</p>
            </div>
            <JoinQueueButton concertId={concert.id} />
          </div>
        ) : null}

        <h2 className="mb-3 mt-10 text-xl font-semibold tracking-tight">{t("dates")}</h2>
        {concert.schedules.length === 0 ? (
          <EmptyState title={t("noDatesTitle")}>{t("noDatesBody", { title: concert.title })}</EmptyState>
        ) : (
          <ScheduleList concertId={concert.id} schedules={concert.schedules} zone={shown?.timeZone} />
        )}
      </div>
    </article>
  );
}
