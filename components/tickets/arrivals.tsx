import { useTranslations } from "next-intl";
import { VenueTime } from "@/components/ui/venue-time";
import { useFormat } from "@/lib/format/use-format";
import type { Arrivals as ArrivalsData } from "@/lib/validations/tickets";

/** Arrived / sold per date of one concert (the gate page refreshes it after each scan). */
export function Arrivals({ arrivals, current }: { arrivals: ArrivalsData; current?: string }) {
  const t = useTranslations("tickets.gate");
  const format = useFormat();
  return (
    <section aria-labelledby="arrivals-title" className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
      <h2 id="arrivals-title" className="mb-2 font-semibold">
        {t("arrivals")}
      </h2>
      <ul className="space-y-1 text-sm">
        {arrivals.items.map((a) => (
          <li
            key={a.scheduleId}
            className={a.scheduleId === current ? "font-semibold" : undefined}
            data-testid={`arrivals-${a.scheduleId}`}
          >
            <VenueTime iso={a.startsAt} style="short" zone={a.timeZone} /> ·{" "}
            {t("arrived", { arrived: format.number(a.arrived), sold: format.number(a.sold) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
