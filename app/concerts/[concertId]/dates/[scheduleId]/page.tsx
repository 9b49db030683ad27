import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTexts } from "@/lib/catalogue/concert-texts";
import { PurchaseSteps } from "@/components/checkout/purchase-steps";
import { PassTimer } from "@/components/seats/pass-timer";
import { SeatMapView } from "@/components/seats/seat-map-view";
import { cn } from "@/components/ui/cn";
import { VenueTime } from "@/components/ui/venue-time";
import { holdSettings } from "@/lib/holds/settings";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadConcert } from "@/app/page-data";
import { pageQueueToken } from "@/lib/http/queue-cookie";
import { getToken } from "@/lib/queue/get-token";
import { nullIfAppError } from "@/lib/errors";
import { ScrollRow } from "@/components/ui/scroll-row";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("seats");
  return { title: t("title") };
}

export default async function SeatMapPage({ params }: { params: Promise<{ concertId: string; scheduleId: string }> }) {
  const { concertId, scheduleId } = await params;
  const t = await getTranslations("seats");
  const caller = await requirePageCaller(`/concerts/${concertId}/dates/${scheduleId}`);
  const loaded = await loadConcert(concertId);
  const shown = (await concertTexts([concertId], await getLocale())).get(concertId);
  const concert = shown ? { ...loaded, title: shown.title, venue: shown.venue } : loaded;
  const zone = shown?.timeZone;
  const schedule = concert.schedules.find((s) => s.id === scheduleId);
  if (!schedule) notFound();
  // The admitted pass, for its remaining time; the seat map itself enforces it.
  const token = await pageQueueToken(caller.id, concertId);
  const pass = token ? await getToken(caller.id, token).catch(nullIfAppError) : null;

  return (
    <>
      <PurchaseSteps current="seats" />
      <div className="mb-5">
        <Link href={`/concerts/${concertId}`} className="inline-block py-1 text-sm font-medium text-brand-700 hover:underline">
          {t("back", { title: concert.title })}
        </Link>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">
          {concert.venue} · <VenueTime iso={schedule.startsAt} zone={zone} />
        </p>
        {pass ? (
          <div className="mt-1">
            <PassTimer initial={pass} concertId={concertId} scheduleId={scheduleId} />
          </div>
        ) : null}
      </div>
      {concert.schedules.length > 1 ? (
        <nav aria-label={t("datesNav")} className="-mx-4 mb-5">
          <ScrollRow className="px-4">
            <ul className="flex w-max gap-2">
              {concert.schedules.map((s) => (
                <li key={s.id}>
                  <Link
                    href={`/concerts/${concertId}/dates/${s.id}`}
                    aria-current={s.id === scheduleId ? "page" : undefined}
                    className={cn(
                      "block whitespace-nowrap rounded-full px-4 py-2 text-sm font-medium ring-1 ring-inset",
                      s.id === scheduleId
                        ? "bg-slate-900 text-white ring-slate-900"
                        : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                    )}
                  >
                    <VenueTime iso={s.startsAt} style="short" zone={zone} />
                    {s.soldOut ? t("soldOutSuffix") : ""}
                  </Link>
                </li>
              ))}
            </ul>
          </ScrollRow>
        </nav>
      ) : null}
      <SeatMapView
        concertId={concertId}
        scheduleId={scheduleId}
        limits={{ holds: holdSettings().maxHoldsPerUser, tickets: holdSettings().maxTicketsPerConcert }}
      />
    </>
  );
}
