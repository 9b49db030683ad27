import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SchedulePicker } from "@/components/admin/schedule-picker";
import { SeatMap } from "@/components/admin/seat-map";
import { getOccupancy } from "@/lib/admin/get-occupancy";
import { listConcertOptions } from "@/lib/admin/list-concert-options";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("occupancy.title") };
}

export default async function OccupancyPage({ searchParams }: { searchParams: Promise<{ scheduleId?: string | string[] }> }) {
  await requireStaffPage("/admin/occupancy");
  const { scheduleId: raw } = await searchParams;
  const [concerts, t] = await Promise.all([listConcertOptions(), getTranslations("staff.occupancy")]);
  const scheduleId = (typeof raw === "string" && raw) || concerts.flatMap((c) => c.schedules)[0]?.id;
  const occupancy = scheduleId
    ? await getOccupancy(scheduleId).catch((e: unknown) => {
        if (isAppError(e) && e.code === "NOT_FOUND") notFound();
        throw e;
      })
    : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SchedulePicker concerts={concerts} current={scheduleId} basePath="/admin/occupancy" />
      {occupancy ? <SeatMap key={occupancy.scheduleId} initial={occupancy} /> : <p>{t("noDates")}</p>}
    </div>
  );
}
