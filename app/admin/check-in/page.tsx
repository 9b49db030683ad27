import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SchedulePicker } from "@/components/admin/schedule-picker";
import { Arrivals } from "@/components/tickets/arrivals";
import { CheckInDesk } from "@/components/tickets/check-in-desk";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getArrivals } from "@/lib/tickets/get-arrivals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets.gate");
  return { title: t("title") };
}

/** The gate: pick the date, scan or type codes; arrivals per date of that concert below. */
export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ scheduleId?: string | string[] }> }) {
  await requireStaffPage("/admin/check-in");
  const { scheduleId: raw } = await searchParams;
  const [concerts, t] = await Promise.all([listConcertOptions(), getTranslations("tickets.gate")]);
  const scheduleId = typeof raw === "string" ? raw : undefined;
  const concert = concerts.find((c) => c.schedules.some((s) => s.id === scheduleId));
  const arrivals = concert ? await getArrivals(concert.id) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("description")}</p>
      <section aria-label={t("date")} className="space-y-2">
        <h2 className="text-sm font-semibold">{t("date")}</h2>
        <SchedulePicker concerts={concerts} current={scheduleId} basePath="/admin/check-in" />
      </section>
      {scheduleId && concert ? <CheckInDesk key={scheduleId} scheduleId={scheduleId} /> : <p>{t("pickDate")}</p>}
      {arrivals ? <Arrivals arrivals={arrivals} current={scheduleId} /> : null}
    </div>
  );
}
