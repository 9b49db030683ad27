import { useTranslations } from "next-intl";
import type { ScheduleSummary } from "@/lib/validations/catalogue";
import { useFormat } from "@/lib/format/use-format";
import { JoinQueueButton } from "../queue/join-queue-button";
import { Badge } from "../ui/badge";
import { VenueTime } from "../ui/venue-time";
import { Money } from "../ui/money";

/** The available dates of a concert with seats left and price range; each can be booked through the queue. */
export function ScheduleList({ concertId, schedules, zone }: { concertId: string; schedules: ScheduleSummary[]; zone?: string }) {
  const t = useTranslations("concerts.schedules");
  const format = useFormat();
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200" aria-label={t("label")}>
      {schedules.map((s) => {
        const few = !s.soldOut && s.availableSeats <= Math.max(5, Math.floor(s.totalSeats / 10));
        return (
          <li
            key={s.id}
            className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5"
            data-testid={`schedule-${s.id}`}
          >
            <div className="min-w-0">
              <p className="font-semibold text-slate-900">
                <VenueTime iso={s.startsAt} style="full" zone={zone} />
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                <span>
                  <Money amount={s.minPrice} />
                  {s.maxPrice !== s.minPrice ? (
                    <>
                      {" – "}
                      <Money amount={s.maxPrice} />
                    </>
                  ) : null}
                </span>
                {s.soldOut ? (
                  <Badge tone="danger">{t("soldOut")}</Badge>
                ) : (
                  <span className={few ? "font-semibold text-amber-800" : undefined}>
                    {t("seatsLeft", { available: format.number(s.availableSeats), total: format.number(s.totalSeats) })}
                  </span>
                )}
                {few ? <Badge tone="warning">{t("fewLeft")}</Badge> : null}
              </p>
            </div>
            {s.soldOut ? null : (
              <div className="flex flex-col sm:items-end">
                <JoinQueueButton
                  concertId={concertId}
                  scheduleId={s.id}
                  label={t("choose")}
                  size="md"
                  variant="secondary"
                  accessibleName={t("chooseFor", { date: format.date(s.startsAt, "full", zone) })}
                  testId={`choose-seats-${s.id}`}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
