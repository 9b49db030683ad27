import { RevenueCharts } from "@/components/admin/revenue-charts";
import { RevenueTable } from "@/components/admin/revenue-table";
import { formatWon } from "@/components/admin/format";
import { getRevenue } from "@/lib/admin/get-revenue";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export const metadata = { title: "Revenue" };

export default async function RevenuePage() {
  await requireStaffPage("/admin/revenue");
  const revenue = await getRevenue();
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Revenue and sales</h1>
        <p className="text-slate-600">
          {formatWon(revenue.total)} from {revenue.ticketsSold} tickets, refunds excluded.
        </p>
      </div>
      <RevenueCharts revenue={revenue} />
      <RevenueTable revenue={revenue} />
    </main>
  );
}
