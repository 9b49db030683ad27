import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RevenueCharts } from "@/components/admin/revenue-charts";
import { RevenueTable } from "@/components/admin/revenue-table";
import { formatterFor } from "@/lib/format";
import { getRevenue } from "@/lib/admin/get-revenue";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("revenue.title") };
}

export default async function RevenuePage() {
  await requireStaffPage("/admin/revenue");
  const [revenue, t] = await Promise.all([getRevenue(), getTranslations("staff.revenue")]);
  const format = formatterFor(await getLocale());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-600">{t("lead", { total: format.money(revenue.total), tickets: format.number(revenue.ticketsSold) })}</p>
      </div>
      <RevenueCharts revenue={revenue} />
      <RevenueTable revenue={revenue} />
    </div>
  );
}
