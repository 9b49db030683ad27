import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ConcertSummary } from "@/lib/validations/catalogue";
import { Badge } from "../ui/badge";
import { VenueTime } from "../ui/venue-time";
import { Money } from "../ui/money";
import { Poster } from "./poster";

export interface ConcertCardData extends ConcertSummary {
  soldOut: boolean;
  minPrice: number | null;
  dates: number;
  /** The venue's zone (Asia/Seoul when unknown). */
  timeZone?: string;
}

export function ConcertCard({ concert, priority }: { concert: ConcertCardData; priority?: boolean }) {
  const t = useTranslations("concerts.card");
  return (
    <article
      className="group relative flex w-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200 transition hover:shadow-md"
      data-testid="concert-card"
    >
      <div className="relative">
        <Poster src={concert.posterUrl} title={concert.title} priority={priority} className="aspect-[16/10] rounded-none sm:aspect-[3/4]" />
        <div className="absolute left-3 top-3 flex gap-2">
          {concert.soldOut ? <Badge tone="danger">{t("soldOut")}</Badge> : null}
          {!concert.nextScheduleAt ? <Badge>{t("noDates")}</Badge> : null}
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h2 className="text-lg font-semibold leading-snug tracking-tight">
          <Link href={`/concerts/${concert.id}`} className="rounded after:absolute after:inset-0 focus-visible:outline-none">
            {concert.title}
          </Link>
        </h2>
        <p className="text-sm font-medium text-brand-700">{concert.artist}</p>
        <p className="text-sm text-slate-600">{concert.venue}</p>
        <div className="mt-auto space-y-0.5 pt-3 text-sm">
          {concert.nextScheduleAt ? (
            <p className="text-slate-700">
              {t.rich("next", {
                date: () => <VenueTime iso={concert.nextScheduleAt ?? ""} style="short" zone={concert.timeZone} className="font-medium" />,
              })}
            </p>
          ) : (
            <p className="text-slate-500">{t("tba")}</p>
          )}
          <p className="text-slate-600">
            {concert.minPrice !== null && !concert.soldOut
              ? t.rich("from", { price: () => <Money amount={concert.minPrice ?? 0} className="font-semibold text-slate-900" /> })
              : t("noSeats")}
            {concert.dates > 0 ? <span className="text-slate-500"> · {t("dates", { count: concert.dates })}</span> : null}
          </p>
        </div>
      </div>
    </article>
  );
}
