import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ConcertOption } from "@/lib/admin/list-concert-options";
import { inLocale } from "@/lib/catalogue/in-locale";
import { VenueTime } from "@/components/ui/venue-time";

/** Every concert's dates as links, under the concert's name in the page's language; the current one is marked. */
export function SchedulePicker({ concerts, current, basePath }: { concerts: ConcertOption[]; current?: string; basePath: string }) {
  const t = useTranslations("staff.occupancy");
  const locale = useLocale();
  return (
    <nav aria-label={t("dates")} className="space-y-1 text-sm">
      {concerts.map((c) => (
        <p key={c.id} className="flex flex-wrap items-center gap-2">
          <span className="w-40 font-medium">{inLocale(locale, c.title, c.titleEn)}</span>
          {c.schedules.map((s) => (
            <Link
              key={s.id}
              href={`${basePath}?scheduleId=${s.id}`}
              aria-current={s.id === current ? "page" : undefined}
              className={`rounded px-2 py-0.5 ${s.id === current ? "bg-brand-600 text-white" : "bg-white text-brand-700 ring-1 ring-slate-200"}`}
            >
              <VenueTime iso={s.startsAt} style="day" zone={c.timeZone} />
            </Link>
          ))}
        </p>
      ))}
    </nav>
  );
}
