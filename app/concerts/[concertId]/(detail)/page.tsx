import type { Metadata } from "next";
import { ScheduleList } from "@/components/concerts/schedule-list";
import { Poster } from "@/components/concerts/poster";
import { JoinQueueButton } from "@/components/queue/join-queue-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { loadConcert } from "@/app/page-data";

type Params = Promise<{ concertId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { concertId } = await params;
  const concert = await loadConcert(concertId);
  return { title: concert.title, description: concert.description };
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
  const concert = await loadConcert(concertId);
  const open = concert.schedules.filter((s) => !s.soldOut);
  const soldOut = concert.schedules.length > 0 && open.length === 0;

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,20rem)_1fr] lg:gap-12">
      <div className="mx-auto w-full max-w-56 sm:max-w-xs lg:max-w-none">
        <Poster src={concert.posterUrl} title={concert.title} priority className="shadow-lg" />
      </div>
      <div className="min-w-0">
        {query.left ? (
          <Alert tone="info" className="mb-4">
            You left the queue. You can join again at any time (at the back of the line).
          </Alert>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-600">{concert.artist}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{concert.title}</h1>
        <p className="mt-2 text-slate-600">{concert.venue}</p>
        {soldOut ? (
          <Badge tone="danger" className="mt-3">
            Sold out
          </Badge>
        ) : null}
        <p className="mt-5 max-w-prose leading-relaxed text-slate-700">{concert.description}</p>

        {open.length > 0 ? (
          <div className="mt-6 flex flex-col gap-3 rounded-2xl bg-brand-50 p-4 ring-1 ring-brand-100 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1 text-sm text-brand-700">
              <p className="font-semibold">Tickets are sold through a fair waiting room.</p>
              <p>Join once for this concert; you will be let in first come, first served, then pick your date and seat.</p>
            </div>
            <JoinQueueButton concertId={concert.id} />
          </div>
        ) : null}

        <h2 className="mb-3 mt-10 text-xl font-semibold tracking-tight">Dates</h2>
        {concert.schedules.length === 0 ? (
          <EmptyState title="No upcoming dates">New dates for {concert.title} have not been announced yet.</EmptyState>
        ) : (
          <ScheduleList concertId={concert.id} schedules={concert.schedules} />
        )}
      </div>
    </article>
  );
}
