import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ConcertOption } from "@/lib/admin/list-concert-options";
import { inLocale } from "@/lib/catalogue/in-locale";
import type { BookingsQuery } from "@/lib/validations/admin";
import { useFormat } from "@/lib/format/use-format";

const STATUSES = ["HELD", "CONFIRMED", "EXPIRED", "CANCELLED"] as const;
const field = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and exported. */
export function BookingsFilters({ concerts, query }: { concerts: ConcertOption[]; query: BookingsQuery }) {
  const t = useTranslations("staff.filters");
  const ts = useTranslations("staff.status");
  const format = useFormat();
  const locale = useLocale();
  return (
    <form method="get" action="/admin/bookings" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="block font-medium">{t("search")}</span>
        <input name="q" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} className={`${field} w-56`} />
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("concert")}</span>
        <select name="concertId" defaultValue={query.concertId ?? ""} className={field}>
          <option value="">{t("allConcerts")}</option>
          {concerts.map((c) => (
            <option key={c.id} value={c.id}>
              {inLocale(locale, c.title, c.titleEn)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("date")}</span>
        <select name="scheduleId" defaultValue={query.scheduleId ?? ""} className={field}>
          <option value="">{t("allDates")}</option>
          {concerts.map((c) => (
            <optgroup key={c.id} label={inLocale(locale, c.title, c.titleEn)}>
              {c.schedules.map((s) => (
                <option key={s.id} value={s.id}>
                  {format.date(s.startsAt, "short", c.timeZone)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("status")}</span>
        <select name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">{t("anyStatus")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("order")}</span>
        <select name="sort" defaultValue={query.sort} className={field}>
          <option value="desc">{t("desc")}</option>
          <option value="asc">{t("asc")}</option>
        </select>
      </label>
      <button className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white">{t("apply")}</button>
      <Link href="/admin/bookings" className="py-1.5 text-sm text-slate-600 underline">
        {t("clear")}
      </Link>
    </form>
  );
}
