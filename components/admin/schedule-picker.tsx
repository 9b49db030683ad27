import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import type { ConcertOption } from "@/lib/admin/list-concert-options";

/** Every concert's dates as links; the current one is marked. */
export function SchedulePicker({ concerts, current, basePath }: { concerts: ConcertOption[]; current?: string; basePath: string }) {
  const t = useTranslations("staff.occupancy");
  const format = useFormat();
  return (
    <nav aria-label={t("dates")} className="space-y-1 text-sm">
      {concerts.map((c) => (
        <p key={c.id} className="flex flex-wrap items-center gap-2">
          <span className="w-40 font-medium">{c.title}</span>
          {c.schedules.map((s) => (
            <Link
              key={s.id}
              href={`${basePath}?scheduleId=${s.id}`}
              aria-current={s.id === current ? "page" : undefined}
              className={`rounded px-2 py-0.5 ${s.id === current ? "bg-brand-600 text-white" : "bg-white text-brand-700 ring-1 ring-slate-200"}`}
            >
              {format.date(s.startsAt, "day")}
            </Link>
          ))}
        </p>
      ))}
    </nav>
  );
}
