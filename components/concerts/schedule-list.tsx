import type { ScheduleSummary } from "@/lib/validations/catalogue";
import { JoinQueueButton } from "../queue/join-queue-button";
import { Badge } from "../ui/badge";
import { LocalTime } from "../ui/local-time";
import { Money } from "../ui/money";
import { formatDate } from "@/lib/ui/format";

/** The available dates of a concert with seats left and price range; each can be booked through the queue. */
export function ScheduleList({ concertId, schedules }: { concertId: string; schedules: ScheduleSummary[] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200" aria-label="Available dates">
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
                <LocalTime iso={s.startsAt} style="full" />
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
                  <Badge tone="danger">Sold out</Badge>
                ) : (
                  <span className={few ? "font-semibold text-amber-800" : undefined}>
                    {s.availableSeats} of {s.totalSeats} seats left
                  </span>
                )}
                {few ? <Badge tone="warning">Few left</Badge> : null}
              </p>
            </div>
            {s.soldOut ? null : (
              <div className="flex flex-col sm:items-end">
                <JoinQueueButton
                  concertId={concertId}
                  scheduleId={s.id}
                  label="Choose seats"
                  size="md"
                  variant="secondary"
                  accessibleName={`Choose seats for ${formatDate(s.startsAt, "full", "en-GB", "Asia/Seoul")}`}
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
